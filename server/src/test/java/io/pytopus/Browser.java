package io.pytopus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser talking to the running app: it keeps its cookies (the session and {@code
 * XSRF-TOKEN}), echoes the CSRF token in {@code X-XSRF-TOKEN} as the web app does, and comes from
 * its own client address (sent as {@code X-Forwarded-For}, which the app trusts from localhost), so
 * per-address rate limits of one test do not leak into another.
 */
public final class Browser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Addresses from 198.18.0.0/15 (RFC 2544, benchmarking); a random start per test run. */
    private static final AtomicInteger NEXT_ADDRESS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 17));

    /**
     * The JDK client, not TestRestTemplate's: Apache HttpClient retries a 429 or 503 by itself
     * after its Retry-After, which would hide the very answers the rate-limit tests look for.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Supplier<String> rootUri;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String address;
    private boolean echoCsrf = true;

    public Browser(TestRestTemplate http) {
        this(http::getRootUri);
    }

    /** A browser of an app that runs elsewhere, such as {@code http://127.0.0.1:8080}. */
    public Browser(String rootUri) {
        this(() -> rootUri);
    }

    private Browser(Supplier<String> rootUri) {
        this.rootUri = rootUri;
        int n = NEXT_ADDRESS.getAndIncrement() % (1 << 17);
        this.address = "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    public static String uniqueEmail() {
        return "ink-" + UUID.randomUUID() + "@example.com";
    }

    /** Registers a new account with this browser, which is then signed in. */
    public Response register(String email, String password) {
        fetchCsrfCookie();
        return post(
                "/api/v1/auth/register", Map.of("email", email, "displayName", "Inky's keeper", "password", password));
    }

    public Response register() {
        return register(uniqueEmail(), "tentacles under the pier");
    }

    public Response login(String email, String password) {
        fetchCsrfCookie();
        return post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    public void fetchCsrfCookie() {
        if (!cookies.containsKey("XSRF-TOKEN")) {
            get("/api/v1/auth/csrf");
        }
    }

    /** Stops sending {@code X-XSRF-TOKEN}, like a forged cross-site request would. */
    public Browser withoutCsrfHeader() {
        echoCsrf = false;
        return this;
    }

    public Browser withCsrfHeader() {
        echoCsrf = true;
        return this;
    }

    public Response get(String path) {
        return send(HttpMethod.GET, path, null, Map.of());
    }

    public Response post(String path, @Nullable Object body) {
        return send(HttpMethod.POST, path, body, Map.of());
    }

    public Response patch(String path, @Nullable Object body) {
        return send(HttpMethod.PATCH, path, body, Map.of());
    }

    public Response delete(String path, @Nullable Object body) {
        return send(HttpMethod.DELETE, path, body, Map.of());
    }

    /**
     * Sends a request to a path of the app's public port, or to an absolute {@code http://} URL (the
     * management port, say). An object body is sent as JSON, a {@code String} body as it is (with the
     * given or JSON content type); extra headers win over the browser's own.
     */
    public Response send(HttpMethod method, String path, @Nullable Object body, Map<String, String> extraHeaders) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("X-Forwarded-For", address);
        headers.put(HttpHeaders.ACCEPT, "application/json, application/problem+json");
        if (!cookies.isEmpty()) {
            headers.put(
                    HttpHeaders.COOKIE,
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (echoCsrf && cookies.containsKey("XSRF-TOKEN")) {
            headers.put("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        var payload = HttpRequest.BodyPublishers.noBody();
        if (body != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
            payload = HttpRequest.BodyPublishers.ofString(
                    body instanceof String text ? text : JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        }
        headers.putAll(extraHeaders);
        var url = path.startsWith("http://") ? path : rootUri.get() + path;
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(method.name(), payload);
        headers.forEach(request::setHeader);
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var responseHeaders = new HttpHeaders();
            response.headers().map().forEach(responseHeaders::addAll);
            remember(responseHeaders.getOrEmpty(HttpHeaders.SET_COOKIE));
            return new Response(HttpStatusCode.valueOf(response.statusCode()), responseHeaders, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public @Nullable String cookie(String name) {
        return cookies.get(name);
    }

    /** Puts a cookie in the jar, as a page of another site or an attacker might. */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String address() {
        return address;
    }

    /** The server this browser talks to. */
    public String rootUri() {
        return rootUri.get();
    }

    private void remember(List<String> setCookies) {
        for (var header : setCookies) {
            var nameValue = header.split(";", 2)[0];
            var equals = nameValue.indexOf('=');
            var name = nameValue.substring(0, equals).strip();
            var value = nameValue.substring(equals + 1).strip();
            boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    /** An answer: status, headers and body, with the body parsed as JSON on demand. */
    public record Response(
            HttpStatusCode status,
            HttpHeaders headers,
            @Nullable String body) {

        public int code() {
            return status.value();
        }

        public JsonNode json() {
            return JSON.readTree(body == null ? "null" : body);
        }

        /** The {@code code} of a problem document. */
        public String problemCode() {
            return json().path("code").asString();
        }

        public List<String> setCookies() {
            return headers.getOrEmpty(HttpHeaders.SET_COOKIE);
        }

        public @Nullable String setCookie(String name) {
            return setCookies().stream()
                    .filter(header -> header.startsWith(name + "="))
                    .findFirst()
                    .orElse(null);
        }
    }
}
