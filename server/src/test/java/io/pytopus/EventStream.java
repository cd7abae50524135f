package io.pytopus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser's {@code EventSource} on {@code GET /api/v1/stream}: it opens the stream with the
 * browser's session cookie (and a {@code Last-Event-ID}, for a reconnect), then reads it line by line
 * on a virtual thread, parsing server-sent events as the HTML standard does, and keeps everything it
 * read for the test to wait on.
 */
public final class EventStream implements AutoCloseable {

    /** Generous: the machine running the tests may be busy with other builds. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One dispatched event: its {@code id} (null if it had none), {@code event} name and {@code data}. */
    public record Event(@Nullable String id, String name, String data) {

        public JsonNode json() {
            return JSON.readTree(data);
        }
    }

    private final HttpResponse<InputStream> response;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private volatile @Nullable String retry;
    private volatile @Nullable String ending;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        Thread.ofVirtual().name("event-stream-reader").start(this::read);
    }

    /** Opens the signed-in {@code browser}'s stream on its own server. */
    public static EventStream open(Browser browser) {
        return open(browser.rootUri(), browser, null);
    }

    /**
     * Opens {@code browser}'s stream on the server at {@code rootUri} (any instance: sessions are
     * shared) and returns once the response has begun, i.e. once the server has registered it.
     */
    public static EventStream open(String rootUri, Browser browser, @Nullable String lastEventId) {
        var request = HttpRequest.newBuilder(URI.create(rootUri + "/api/v1/stream"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/event-stream")
                .header("X-Forwarded-For", browser.address())
                .header("Cookie", "SESSION=" + browser.cookie("SESSION"))
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                String body;
                try (var in = response.body()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                throw new AssertionError("The stream answered " + response.statusCode() + ": " + body);
            }
            return new EventStream(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<InputStream> response() {
        return response;
    }

    /** The events dispatched so far, in order. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The comment lines so far, without their colon ({@code heartbeat}). */
    public List<String> comments() {
        return List.copyOf(comments);
    }

    /** The last {@code retry:} value received, if any. */
    public @Nullable String retry() {
        return retry;
    }

    /** Waits for the first event matching {@code condition}. */
    public Event await(Predicate<Event> condition) {
        return Awaitility.await()
                .atMost(WAIT)
                .until(() -> events.stream().filter(condition).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits for the first event of this name whose data names the pet. */
    public Event awaitAbout(String name, String petId) {
        return await(event -> event.name().equals(name)
                && event.json().path("petId").asString().equals(petId));
    }

    /** Whether the server has ended the stream, and how: {@code "end"} or the failure. */
    public @Nullable String ending() {
        return ending;
    }

    /** Waits until the server has ended the stream, and says how ({@link #ending()}). */
    public String awaitEnd() {
        return Awaitility.await().atMost(WAIT).until(this::ending, ending -> ending != null);
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // Closing a stream the server already ended.
        }
    }

    private void read() {
        String id = null;
        String name = "";
        StringBuilder data = null;
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name.isEmpty() ? "message" : name, data.toString()));
                    }
                    name = "";
                    data = null;
                    continue;
                }
                if (line.startsWith(":")) {
                    comments.add(line.substring(1));
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> name = value;
                    case "data" ->
                        data = data == null
                                ? new StringBuilder(value)
                                : data.append('\n').append(value);
                    case "retry" -> retry = value;
                    default -> {}
                }
            }
            ending = "end";
        } catch (IOException e) {
            ending = e.toString();
        }
    }
}
