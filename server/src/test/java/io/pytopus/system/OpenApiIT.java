package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the web app's types are generated from. A copy is committed as {@code
 * frontend/openapi.json} (the web app's build generates its TypeScript types from it, ADR 0023); this
 * test fails when the copy no longer matches the live document, and rewrites it on request.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class OpenApiIT {

    /** Set (as a system property or, upper-cased with underscores, in the environment) to rewrite the copy. */
    static final String WRITE_SWITCH = "pytopus.openapi.write";

    static final String REGENERATE_COMMAND = "PYTOPUS_OPENAPI_WRITE=true ./pytopus mvn -B -ntp -pl server -am verify"
            + " -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false"
            + " -Dit.test=OpenApiIT -Dspotless.check.skip=true";

    /** Keys sorted, two-space indentation: the same document always prints the same bytes. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

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
    void recordsSayWhichPropertiesAreAlwaysThereAndHappeningsNameTheirKind() {
        var schemas =
                new Browser(http).get("/v3/api-docs").json().path("components").path("schemas");

        var pet = StreamSupport.stream(
                        schemas.path("PetResponse").path("required").spliterator(), false)
                .map(node -> node.asString())
                .toList();
        assertThat(pet).contains("id", "name", "needs", "mood", "skin", "public", "tricks");
        assertThat(pet).as("@Nullable: absent for a pet that needs nothing").doesNotContain("nextAttentionAt");
        var update = schemas.path("UpdateRequest");
        assertThat(update.path("required").isMissingNode()
                        || update.path("required").isEmpty())
                .as("a PATCH changes only what it names")
                .isTrue();

        assertThat(schemas.path("Happening")
                        .path("discriminator")
                        .path("propertyName")
                        .asString())
                .isEqualTo("kind");
        var fed = schemas.path("Fed").path("allOf").get(1);
        assertThat(fed.path("properties").path("kind").path("const").asString()).isEqualTo("Fed");
    }

    @Test
    void theWebAppsCopyOfTheDocumentIsUpToDate() throws IOException {
        var response = new Browser(http).get("/v3/api-docs");
        assertThat(response.code()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = CANONICAL.readValue(response.body(), Map.class);
        // The server URL carries this test's random port; the web app calls its own origin anyway.
        doc.remove("servers");
        var live = CANONICAL.writeValueAsString(doc).replace("\r\n", "\n") + "\n";

        var copy = committedCopy();
        if (writeRequested()) {
            Files.writeString(copy, live, StandardCharsets.UTF_8);
            return;
        }
        var committed = Files.exists(copy) ? Files.readString(copy, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("""
                        frontend/openapi.json differs from the API's live OpenAPI document (%s).
                        The web app's types are generated from that file. Regenerate it, then commit it:
                          %s
                        """, copy, REGENERATE_COMMAND).isEqualTo(live);
    }

    private static Path committedCopy() {
        // Failsafe runs in server/; the web app is its sibling module.
        var moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return moduleDir
                .resolveSibling("frontend")
                .resolve("openapi.json")
                .toAbsolutePath()
                .normalize();
    }

    private static boolean writeRequested() {
        var env = System.getenv(WRITE_SWITCH.toUpperCase().replace('.', '_'));
        return Boolean.parseBoolean(System.getProperty(WRITE_SWITCH, env));
    }

    @Test
    void swaggerUiIsServedOutsideProduction() {
        assertThat(new Browser(http).get("/swagger-ui/index.html").code()).isEqualTo(200);
    }
}
