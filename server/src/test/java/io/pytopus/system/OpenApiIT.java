package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;

/** The OpenAPI document the web app's types are generated from. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class OpenApiIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void theApiIsDescribedInOpenApi31WithProblemResponses() {
        var response = new Browser(http).get("/v3/api-docs");

        assertThat(response.code()).isEqualTo(200);
        var doc = response.json();
        assertThat(doc.path("openapi").asString()).startsWith("3.1");
        assertThat(doc.path("paths").has("/api/v1/auth/register")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/me/export")).isTrue();
        assertThat(doc.path("components").path("schemas").has("Problem")).isTrue();
        assertThat(doc.path("components").path("schemas").has("RegisterRequest"))
                .isTrue();

        var register = doc.path("paths").path("/api/v1/auth/register").path("post");
        assertThat(register.path("responses").path("409").path("content").has("application/problem+json"))
                .isTrue();
        assertThat(register.path("responses").has("400")).isTrue();
        assertThat(register.path("responses").has("401"))
                .as("register needs no session")
                .isFalse();
        var login = doc.path("paths").path("/api/v1/auth/login").path("post");
        assertThat(login.path("responses").path("429").path("headers").has("Retry-After"))
                .isTrue();
        var me = doc.path("paths").path("/api/v1/me").path("get");
        assertThat(me.path("responses").path("401").path("content").has("application/problem+json"))
                .isTrue();
        assertThat(me.path("parameters").isMissingNode()
                        || me.path("parameters").isEmpty())
                .as("the principal is no parameter")
                .isTrue();
    }

    @Test
    void theLiveStreamIsDescribedAsServerSentEvents() {
        var doc = new Browser(http).get("/v3/api-docs").json();

        var stream = doc.path("paths").path("/api/v1/stream").path("get");
        assertThat(stream.path("responses").path("200").path("content").has("text/event-stream"))
                .isTrue();
        assertThat(stream.path("responses").path("401").path("content").has("application/problem+json"))
                .isTrue();
    }

    @Test
    void swaggerUiIsServedOutsideProduction() {
        assertThat(new Browser(http).get("/swagger-ui/index.html").code()).isEqualTo(200);
    }
}
