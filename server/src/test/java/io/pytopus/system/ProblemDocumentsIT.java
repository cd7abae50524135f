package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpMethod;

/** A client's mistake is a 4xx problem document with a stable code, never a 500. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class ProblemDocumentsIT {

    @LocalManagementPort
    int managementPort;

    @Autowired
    TestRestTemplate http;

    private Browser signedIn() {
        var browser = new Browser(http);
        browser.register();
        return browser;
    }

    @Test
    void malformedJsonIsMalformedRequest() {
        var response = signedIn().patch("/api/v1/me", "{\"displayName\": ");

        assertProblem(response, 400, "MALFORMED_REQUEST");
    }

    @Test
    void aMissingBodyIsMalformedRequest() {
        var response =
                signedIn().send(HttpMethod.PATCH, "/api/v1/me", null, Map.of("Content-Type", "application/json"));

        assertProblem(response, 400, "MALFORMED_REQUEST");
    }

    @Test
    void aWrongTypeNamesTheField() {
        var response = signedIn().patch("/api/v1/me", "{\"quietHours\": [1, 2]}");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.json().path("errors").has("quietHours")).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedMediaType() {
        var response = signedIn()
                .send(HttpMethod.PATCH, "/api/v1/me", "displayName=Ink", Map.of("Content-Type", "text/plain"));

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aWrongMethodIsMethodNotAllowed() {
        var response = signedIn().send(HttpMethod.PUT, "/api/v1/me", "{}", Map.of());

        assertProblem(response, 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void anUnknownApiPathIsNotFoundSignedInOrNot() {
        assertProblem(signedIn().get("/api/v1/nothing-here"), 404, "NOT_FOUND");
        assertProblem(new Browser(http).get("/api/v1/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    void theErrorPageItselfIsNotFound() {
        assertProblem(new Browser(http).get("/error"), 404, "NOT_FOUND");
    }

    @Test
    void aKnownApiPathWithoutASessionIsUnauthenticatedForAnyMethod() {
        assertProblem(new Browser(http).get("/api/v1/me"), 401, "UNAUTHENTICATED");
        var browser = new Browser(http);
        browser.fetchCsrfCookie();
        assertProblem(browser.patch("/api/v1/me", Map.of("emailNudges", true)), 401, "UNAUTHENTICATED");
    }

    @Test
    void aBodyOverTheLimitIsPayloadTooLarge() {
        var huge = "{\"displayName\": \"" + "x".repeat(70 * 1024) + "\"}";

        assertProblem(signedIn().patch("/api/v1/me", huge), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyOverTheLimitIsPayloadTooLarge() throws Exception {
        var browser = signedIn();
        var huge = ("{\"displayName\": \"" + "x".repeat(70 * 1024) + "\"}").getBytes();
        // No Content-Length: the body arrives chunked and is counted while it is read.
        var request = HttpRequest.newBuilder(URI.create(http.getRootUri() + "/api/v1/me"))
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .header("Content-Type", "application/json")
                .header(
                        "Cookie",
                        "SESSION=" + browser.cookie("SESSION") + "; XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN"))
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .build();

        try (var client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }
    }

    @Test
    void aPathTomcatRefusesIsStillAProblemDocument() throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create(http.getRootUri() + "/api/v1/pets/a%5Cb"))
                    .build();

            var response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"code\":\"BAD_REQUEST\"").doesNotContain("Tomcat");
        }
    }

    @Test
    void securityHeadersAreOnEveryResponse() {
        for (var path : new String[] {"/api/v1/auth/csrf", "/api/v1/me", "/health"}) {
            var headers = new Browser(http).get(path).headers();
            assertThat(headers.getFirst("Content-Security-Policy"))
                    .as(path)
                    .contains("frame-ancestors 'none'")
                    .contains("script-src 'self'")
                    .contains("default-src 'self'");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(headers.getFirst("Permissions-Policy")).as(path).contains("camera=()");
            assertThat(headers.containsHeader("Strict-Transport-Security"))
                    .as("HSTS only in production")
                    .isFalse();
        }
    }

    @Test
    void actuatorEndpointsBeyondHealthInfoAndMetricsAreClosedOnTheManagementPort() {
        var management = "http://127.0.0.1:" + managementPort;
        assertThat(new Browser(http)
                        .get(management + "/actuator/health/readiness")
                        .code())
                .isEqualTo(200);
        assertThat(new Browser(http)
                        .send(HttpMethod.GET, management + "/actuator/prometheus", null, Map.of("Accept", "text/plain"))
                        .code())
                .isEqualTo(200);
        assertThat(new Browser(http).get(management + "/actuator/env").code()).isIn(401, 403, 404);
    }

    @Test
    void thePublicPortServesNoActuatorEndpoint() {
        for (var path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness"}) {
            var response = new Browser(http).get(path);
            assertThat(response.code()).as(path).isEqualTo(404);
            assertThat(response.problemCode()).as(path).isEqualTo("NOT_FOUND");
        }
        assertThat(new Browser(http).get("/actuator/env").code()).isIn(401, 403, 404);
    }

    private static void assertProblem(Browser.Response response, int status, String code) {
        assertThat(response.code()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.problemCode()).isEqualTo(code);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
    }
}
