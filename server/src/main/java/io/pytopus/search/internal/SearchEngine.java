package io.pytopus.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchClientException;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * OpenSearch's REST API as JSON in, JSON out, through {@code opensearch-java}'s generic client. The
 * queries and mappings are plain JSON (the mappings live in resource files), which keeps them
 * readable and the same as in OpenSearch's documentation.
 *
 * <p>Failures come in two kinds: {@link EngineUnavailableException} when OpenSearch cannot answer
 * now (no connection, a timeout, a 5xx or a 429), which callers turn into a 503 or a pause; and a
 * {@link Reply} with a 4xx status, which callers inspect (a missing index is a 404).
 */
final class SearchEngine {

    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";

    private final OpenSearchGenericClient client;
    private final JsonMapper json;

    SearchEngine(OpenSearchClient client, JsonMapper json) {
        this.client = client.generic();
        this.json = json;
    }

    JsonMapper json() {
        return json;
    }

    /** Sends a JSON body (or none) and returns the answer, whatever its 2xx or 4xx status. */
    Reply send(String method, String path, Map<String, String> query, @Nullable JsonNode body) {
        byte[] bytes = body == null ? null : json.writeValueAsBytes(body);
        return execute(method, path, query, bytes, JSON);
    }

    /** Sends newline-delimited JSON, as {@code _bulk} wants it. */
    Reply sendLines(String path, Map<String, String> query, String lines) {
        return execute("POST", path, query, lines.getBytes(StandardCharsets.UTF_8), NDJSON);
    }

    /** Like {@link #send}, but any status but 2xx is a failure: for requests that must succeed. */
    JsonNode require(String method, String path, Map<String, String> query, @Nullable JsonNode body) {
        var reply = send(method, path, query, body);
        if (!reply.ok()) {
            throw new EngineRejectedException(method + " " + path, reply);
        }
        return reply.body();
    }

    private Reply execute(String method, String path, Map<String, String> query, byte @Nullable [] body, String type) {
        var request = Requests.builder().method(method).endpoint(path).query(query);
        if (body != null) {
            request.body(Body.from(body, type));
        }
        try (var response = client.execute(request.build())) {
            int status = response.getStatus();
            JsonNode parsed = response.getBody()
                    .map(Body::bodyAsBytes)
                    .filter(bytes -> bytes.length > 0)
                    .map(bytes -> (JsonNode) json.readTree(bytes))
                    .orElse(MissingNode.getInstance());
            if (status >= 500 || status == 429) {
                throw new EngineUnavailableException(method + " " + path + " answered " + status + ": " + parsed, null);
            }
            return new Reply(status, parsed);
        } catch (OpenSearchClientException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw new EngineUnavailableException(method + " " + path + " answered " + e.status(), e);
            }
            return new Reply(e.status(), MissingNode.getInstance());
        } catch (IOException e) {
            throw new EngineUnavailableException(method + " " + path + " failed: " + e, e);
        } catch (RuntimeException e) {
            if (e instanceof EngineUnavailableException) {
                throw e;
            }
            // The transport wraps connection failures (refused, reset, timed out) in runtime exceptions.
            if (causedByIo(e)) {
                throw new EngineUnavailableException(method + " " + path + " failed: " + e, e);
            }
            throw e;
        }
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** An answer of OpenSearch with a status below 500. */
    record Reply(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean notFound() {
            return status == 404;
        }
    }

    /** OpenSearch cannot answer now: down, unreachable, overloaded or timing out. */
    static final class EngineUnavailableException extends RuntimeException {

        EngineUnavailableException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** OpenSearch refused a request that had to succeed (4xx): a bug or a broken index, not an outage. */
    static final class EngineRejectedException extends RuntimeException {

        private final transient Reply reply;

        EngineRejectedException(String request, Reply reply) {
            super(request + " was refused with " + reply.status() + ": " + reply.body());
            this.reply = reply;
        }

        Reply reply() {
            return reply;
        }
    }
}
