package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production jar, run with the {@code prod} profile in a process of its own, writes one GELF 1.1
 * document per line on stdout (ADR 0018): every line parses, carries the GELF fields, and a request's
 * lines carry its trace id, span id, request id and the signed-in user's id; no line holds the
 * email address, password, session or CSRF cookie of the user who signed up, signed in and cared.
 *
 * <p>It borrows the engines of the shared integration-test context (their addresses go to the child
 * as environment variables, the way compose and Kubernetes configure the app) and runs as an {@code
 * api} only, so the queues stay with the test context's workers.
 */
@IntegrationTest
class GelfLogsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HEX_16 = Pattern.compile("[0-9a-f]{16}");
    private static final String HOST = "gelf-it";
    private static final String PASSWORD = "tentacles under the pier";
    private static final Map<String, String> VIA_HTTPS = Map.of("X-Forwarded-Proto", "https");

    private static Process app;
    private static Path stdout;
    private static Path stderr;
    private static int port;
    private static int managementPort;

    @Autowired
    Environment environment;

    @BeforeAll
    static void reserveFolders() throws IOException {
        var folder = Files.createDirectories(Path.of("target", "gelf-it"));
        stdout = folder.resolve("stdout.log");
        stderr = folder.resolve("stderr.log");
    }

    @AfterAll
    static void stopTheApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theProductionJarLogsGelfWithTraceRequestAndUserIdsAndNoSecrets() throws Exception {
        start();
        var email = "gelf-" + UUID.randomUUID() + "@example.com";
        var traceId = HexFormat.of().formatHex(randomBytes(16));
        var requestId = "gelf-it-" + UUID.randomUUID();

        var browser = new Browser("http://127.0.0.1:" + port);
        browser.send(HttpMethod.GET, "/api/v1/auth/csrf", null, VIA_HTTPS);
        var registered = browser.send(
                HttpMethod.POST,
                "/api/v1/auth/register",
                Map.of("email", email, "displayName", "Gelf", "password", PASSWORD),
                VIA_HTTPS);
        assertThat(registered.code()).as(registered.body()).isEqualTo(201);
        assertThat(browser.send(HttpMethod.POST, "/api/v1/auth/logout", null, VIA_HTTPS)
                        .code())
                .isEqualTo(204);
        browser.send(HttpMethod.GET, "/api/v1/auth/csrf", null, VIA_HTTPS); // signing out dropped the token
        var wrong = browser.send(
                HttpMethod.POST,
                "/api/v1/auth/login",
                Map.of("email", email, "password", "not " + PASSWORD),
                VIA_HTTPS);
        assertThat(wrong.code()).isEqualTo(401);
        var signedIn = browser.send(
                HttpMethod.POST, "/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), VIA_HTTPS);
        assertThat(signedIn.code()).as(signedIn.body()).isEqualTo(200);
        var userId = browser.send(HttpMethod.GET, "/api/v1/me", null, VIA_HTTPS)
                .json()
                .path("id")
                .asString();
        var egg = browser.send(
                HttpMethod.POST,
                "/api/v1/pets",
                Map.of("name", "Gelfy", "species", "COMMON", "color", "#c8553d"),
                VIA_HTTPS);
        assertThat(egg.code()).isEqualTo(201);
        var headers = new HashMap<>(VIA_HTTPS);
        headers.put("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");
        headers.put("X-Request-Id", requestId);
        var fed = browser.send(
                HttpMethod.POST,
                "/api/v1/pets/" + egg.json().path("id").asString() + "/actions",
                Map.of("type", "FEED", "item", "SHRIMP"),
                headers);
        assertThat(fed.code()).as("an egg does not eat").isEqualTo(409);
        assertThat(fed.headers().getFirst("X-Request-Id")).isEqualTo(requestId);
        var secrets = List.of(
                email, PASSWORD, browser.cookie("__Host-SESSION"), browser.cookie("XSRF-TOKEN"), "not " + PASSWORD);

        stop();

        var lines = Files.readAllLines(stdout);
        assertThat(lines).as("the app logged nothing on stdout").isNotEmpty();
        var documents = new ArrayList<JsonNode>();
        for (var line : lines) {
            var document = parseGelf(line);
            documents.add(document);
            for (var secret : secrets) {
                assertThat(secret).isNotBlank();
                assertThat(line).as("a log line leaks a secret").doesNotContain(secret);
            }
        }
        var careLine = documents.stream()
                .filter(d -> "io.pytopus.access".equals(d.path("_log_logger").asString()))
                .filter(d -> d.path("short_message").asString().matches("POST /api/v1/pets/[^ ]+/actions 409 .*"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access log line for the care action in " + stdout));
        assertThat(careLine.path("_trace_id").asString()).isEqualTo(traceId);
        assertThat(careLine.path("_span_id").asString()).matches(HEX_16);
        assertThat(careLine.path("_request_id").asString()).isEqualTo(requestId);
        assertThat(careLine.path("_user_id").asString()).isEqualTo(userId);
        var signUpLine = documents.stream()
                .filter(d -> d.path("short_message").asString().startsWith("POST /api/v1/auth/register 201"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access log line for the sign-up in " + stdout));
        assertThat(signUpLine.path("_user_id").asString())
                .as("known once signed up")
                .isEqualTo(userId);
        assertThat(signUpLine.path("_trace_id").asString()).hasSize(32);
        assertThat(signUpLine.path("_request_id").asString()).isNotBlank();
    }

    /** One line: a GELF 1.1 document with the mandatory fields and only legal additional ones. */
    private static JsonNode parseGelf(String line) {
        JsonNode document;
        try {
            document = JSON.readTree(line);
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON line on stdout: " + line, e);
        }
        assertThat(document.isObject()).as(line).isTrue();
        assertThat(document.path("version").asString()).as(line).isEqualTo("1.1");
        assertThat(document.path("host").asString()).as(line).isEqualTo(HOST);
        assertThat(document.path("short_message").asString()).as(line).isNotBlank();
        assertThat(document.path("timestamp").isNumber()).as(line).isTrue();
        assertThat(document.path("level").isInt()).as(line).isTrue();
        assertThat(document.path("level").asInt()).as(line).isBetween(0, 7);
        for (var name : document.propertyNames()) {
            if (!List.of("version", "host", "short_message", "full_message", "timestamp", "level")
                    .contains(name)) {
                assertThat(name).as(line).matches("_[\\w.\\-]+").isNotEqualTo("_id");
            }
        }
        return document;
    }

    private void start() throws Exception {
        port = freePort();
        managementPort = freePort();
        var command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                productionJar().toString());
        var builder =
                new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        var env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("HOSTNAME", HOST);
        env.put("PORT", String.valueOf(port));
        env.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("PYTOPUS_ROLES", "api");
        env.put("POSTGRES_URL", environment.getRequiredProperty("spring.datasource.url"));
        env.put("POSTGRES_USER", environment.getRequiredProperty("spring.datasource.username"));
        env.put("POSTGRES_PASSWORD", environment.getProperty("spring.datasource.password", ""));
        env.put("REDIS_URL", environment.getRequiredProperty("spring.data.redis.url"));
        env.put("RABBITMQ_URL", environment.getRequiredProperty("spring.rabbitmq.addresses"));
        env.put("OPENSEARCH_URL", environment.getRequiredProperty("pytopus.opensearch.url"));
        app = builder.start();
        var readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
        try (var client = HttpClient.newHttpClient()) {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!app.isAlive()) {
                            fail("the app exited with " + app.exitValue() + ":\n" + tail(stdout) + "\n" + tail(stderr));
                        }
                        try {
                            return client.send(
                                                    HttpRequest.newBuilder(readiness)
                                                            .build(),
                                                    HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException notYet) {
                            return false;
                        }
                    });
        }
    }

    /** A graceful stop (SIGTERM), as Kubernetes does it, so every line is flushed. */
    private static void stop() throws InterruptedException {
        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS))
                .as("the app stops on SIGTERM")
                .isTrue();
    }

    private static Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("pytopus-server-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "target/pytopus-server-*-exec.jar is missing: run the integration tests through"
                                    + " Maven's verify, which packages the jar first"));
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file) throws IOException {
        var lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static byte[] randomBytes(int n) {
        var bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1;
        return bytes;
    }
}
