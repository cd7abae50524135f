package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.RoundTrips;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;

/**
 * DESIGN §5 and issue #13: a care action costs at most two PostgreSQL round trips on the request's
 * thread, with the {@code Idempotency-Key} the web app sends (ADR 0028): the pet is read, then one
 * statement writes the snapshot, the action, its events and the key's record, and commits.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
@Import(RoundTrips.Configuration.class)
class CareRoundTripsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    RoundTrips trips;

    @Test
    void aCareActionWithAnIdempotencyKeyTakesTwoRoundTripsOnItsThread() {
        var owner = new Browser(http);
        owner.register();
        var pet = owner.post("/api/v1/pets", Map.of("name", "Counted", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        // Warm: the session is known, the pet was read once.
        owner.get("/api/v1/pets/" + pet);

        trips.clear();
        var answer = owner.send(
                HttpMethod.POST,
                "/api/v1/pets/" + pet + "/actions",
                Map.of("type", "CLEAN"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(answer.code()).isEqualTo(200);
        List<String> request = trips.byThread().values().stream()
                .filter(sent -> sent.stream().anyMatch(sql -> sql.contains("INSERT INTO pet_actions")))
                .findFirst()
                .orElseThrow();
        assertThat(request).as("what the request's thread sent to PostgreSQL").hasSizeLessThanOrEqualTo(2);
        assertThat(request.getLast())
                .contains("UPDATE pets")
                .contains("INSERT INTO outbox")
                .contains("INSERT INTO idempotency_keys");
    }
}
