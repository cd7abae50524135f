package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code Idempotency-Key} makes retries of POST requests safe. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class IdempotencyIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    Browser owner;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        owner.register();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseWithoutActingTwice() {
        var key = UUID.randomUUID().toString();
        var body = Map.of("name", "Once", "species", "COMMON", "color", "#c8553d");

        var first = hatch(key, body);
        var retry = hatch(key, body);

        assertThat(first.code()).isEqualTo(201);
        assertThat(retry.code()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(owner.get("/api/v1/pets").json().size()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        var key = UUID.randomUUID().toString();
        hatch(key, Map.of("name", "First", "species", "COMMON", "color", "#c8553d"));

        var conflicting = hatch(key, Map.of("name", "Second", "species", "COMMON", "color", "#c8553d"));

        assertThat(conflicting.code()).isEqualTo(422);
        assertThat(conflicting.problemCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(owner.get("/api/v1/pets").json().findValuesAsString("name")).containsExactly("First");
    }

    @Test
    void aRefusalIsReplayedToo() {
        var id = owner.post("/api/v1/pets", Map.of("name", "Egg", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        var key = UUID.randomUUID().toString();

        var refused = owner.send(
                HttpMethod.POST,
                "/api/v1/pets/" + id + "/actions",
                Map.of("type", "STROKE"),
                Map.of("Idempotency-Key", key));
        var again = owner.send(
                HttpMethod.POST,
                "/api/v1/pets/" + id + "/actions",
                Map.of("type", "STROKE"),
                Map.of("Idempotency-Key", key));

        assertThat(refused.problemCode()).isEqualTo("EGG");
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.body()).isEqualTo(refused.body());
    }

    @Test
    void keysBelongToTheirUser() {
        var key = UUID.randomUUID().toString();
        var body = Map.of("name", "Mine", "species", "COMMON", "color", "#c8553d");
        hatch(key, body);
        var other = new Browser(http);
        other.register();

        var theirs = other.send(HttpMethod.POST, "/api/v1/pets", body, Map.of("Idempotency-Key", key));

        assertThat(theirs.code()).isEqualTo(201);
        assertThat(theirs.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(other.get("/api/v1/pets").json().size()).isEqualTo(1);
    }

    @Test
    void keysExpireAfter24Hours() {
        var key = UUID.randomUUID().toString();
        var body = Map.of("name", "Again", "species", "COMMON", "color", "#c8553d");
        hatch(key, body);
        jdbc.sql("UPDATE idempotency_keys SET created_at = created_at - interval '25 hours' WHERE key = :k")
                .param("k", key)
                .update();

        var later = hatch(key, body);

        assertThat(later.code()).isEqualTo(201);
        assertThat(later.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(owner.get("/api/v1/pets").json().size()).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIs400() {
        var response = owner.send(
                HttpMethod.POST,
                "/api/v1/pets",
                Map.of("name", "X", "species", "COMMON", "color", "#c8553d"),
                Map.of("Idempotency-Key", "x".repeat(201)));

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    // --- The care action records its key in its own write (ADR 0028) --------------------------------

    @Test
    void aRetriedCareActionReplaysItsFirstAnswerAndActsOnce() {
        var pet = egg();
        var key = UUID.randomUUID().toString();

        var first = clean(pet, key, "CLEAN");
        var retry = clean(pet, key, "CLEAN");

        assertThat(first.code()).isEqualTo(200);
        assertThat(first.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(retry.code()).isEqualTo(200);
        assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(owner.get("/api/v1/pets/" + pet + "/history").json().size()).isEqualTo(1);
    }

    @Test
    void concurrentCareActionsWithOneKeyActOnceAndAllGetTheSameAnswer() throws Exception {
        var pet = egg();
        var key = UUID.randomUUID().toString();

        List<Browser.Response> answers;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var calls = new ArrayList<Future<Browser.Response>>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit(() -> clean(pet, key, "CLEAN")));
            }
            answers = new ArrayList<>();
            for (var call : calls) {
                answers.add(call.get());
            }
        }

        assertThat(answers).extracting(Browser.Response::code).containsOnly(200);
        assertThat(answers)
                .extracting(Browser.Response::body)
                .containsOnly(answers.getFirst().body());
        assertThat(answers)
                .filteredOn(answer -> answer.headers().getFirst("Idempotent-Replayed") == null)
                .hasSize(1);
        assertThat(owner.get("/api/v1/pets/" + pet + "/history").json().size()).isEqualTo(1);
    }

    @Test
    void aCareKeyReusedForAnotherActionIs422AndNothingMoreIsStored() {
        var pet = egg();
        var key = UUID.randomUUID().toString();
        clean(pet, key, "CLEAN");

        var other = owner.send(
                HttpMethod.POST,
                "/api/v1/pets/" + pet + "/actions",
                Map.of("type", "FEED", "item", "SHRIMP"),
                Map.of("Idempotency-Key", key));

        assertThat(other.code()).isEqualTo(422);
        assertThat(other.problemCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(owner.get("/api/v1/pets/" + pet + "/history").json().size()).isEqualTo(1);
    }

    @Test
    void anExpiredCareKeyActsAgain() {
        var pet = egg();
        var key = UUID.randomUUID().toString();
        clean(pet, key, "CLEAN");
        jdbc.sql("UPDATE idempotency_keys SET created_at = created_at - interval '25 hours' WHERE key = :k")
                .param("k", key)
                .update();

        var later = clean(pet, key, "CLEAN");

        assertThat(later.code()).isEqualTo(200);
        assertThat(later.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(owner.get("/api/v1/pets/" + pet + "/history").json().size()).isEqualTo(2);
    }

    /** A new egg of the owner's; cleaning its tank is the one action an egg accepts. */
    private String egg() {
        return owner.post("/api/v1/pets", Map.of("name", "Eggy", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
    }

    private Browser.Response clean(String pet, String key, String type) {
        return owner.send(
                HttpMethod.POST,
                "/api/v1/pets/" + pet + "/actions",
                Map.of("type", type),
                Map.of("Idempotency-Key", key));
    }

    private Browser.Response hatch(String key, Map<String, String> body) {
        return owner.send(HttpMethod.POST, "/api/v1/pets", body, Map.of("Idempotency-Key", key));
    }
}
