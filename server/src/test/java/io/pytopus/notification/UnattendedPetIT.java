package io.pytopus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An octopus nobody looks after falls sick and, in the end, escapes. The attention scheduler notices
 * when it claims the pet: the change is stored and {@code pet.fell-sick} / {@code pet.escaped} go out
 * through the outbox, as they would after an action, and a later action does not report them again.
 * The journal (a real consumer on the real broker) shows what was published.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class UnattendedPetIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Duration STEP = Duration.ofHours(3);

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    AttentionScheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    Browser owner;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
    }

    @Test
    void anOctopusThatEscapesWhileAloneGetsItsFarewellWithoutAnyAction() {
        var inky = hatch("Inky");
        skipUntil(inky, pet -> pet.path("status").asString().equals("ESCAPED"));
        assertThat(storedStatus(inky)).as("before the scheduler looks").isEqualTo("ACTIVE");

        runSchedulerUntil(() -> storedStatus(inky).equals("ESCAPED"));

        var journal = await().atMost(DELIVERY)
                .until(() -> texts(inky), texts -> texts.contains("Inky escaped down the drain to the sea."));
        assertThat(journal).containsOnlyOnce("Inky escaped down the drain to the sea.");
        assertThat(historyOf(inky)).as("no action was stored").isEmpty();

        scheduler.run();
        assertThat(countOf(texts(inky), "Inky escaped down the drain to the sea."))
                .isEqualTo(1);
    }

    @Test
    void aSicknessNoticedByTheSchedulerIsNotReportedAgainByTheNextAction() {
        var inky = hatch("Inky");
        skipUntil(inky, pet -> pet.path("sick").asBoolean());
        assertThat(owner.get("/api/v1/pets/" + inky).json().path("status").asString())
                .isEqualTo("ACTIVE");

        runSchedulerUntil(() -> storedSick(inky));

        await().atMost(DELIVERY).until(() -> texts(inky).contains("Inky fell sick."));

        var healed = owner.post("/api/v1/pets/" + inky + "/actions", Map.of("type", "HEAL"));
        assertThat(healed.code()).as(healed.body()).isEqualTo(200);
        var journal = await().atMost(DELIVERY)
                .until(() -> texts(inky), texts -> texts.stream().anyMatch(text -> text.contains("was healed")));
        assertThat(countOf(journal, "Inky fell sick.")).as("fell sick once").isEqualTo(1);
    }

    /**
     * Runs the scheduler until the condition holds. One run is enough unless a consumer happens to
     * hold a key-share lock on the pet's row (inserting a journal entry, whose foreign key references
     * it): the claim's {@code SKIP LOCKED} then leaves the pet to the next run, as it should.
     */
    private void runSchedulerUntil(BooleanSupplier condition) {
        await().atMost(DELIVERY).until(() -> {
            scheduler.run();
            return condition.getAsBoolean();
        });
    }

    private UUID hatch(String name) {
        var egg = owner.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).as(egg.body()).isEqualTo(201);
        return UUID.fromString(egg.json().path("id").asString());
    }

    /**
     * Moves time on in steps until the pet, as the API shows it (advanced, not stored), satisfies the
     * condition. The scheduler's own schedule may look at the pet on the way, which is what it is for.
     */
    private void skipUntil(UUID pet, Predicate<JsonNode> condition) {
        for (int step = 0; step < 200; step++) {
            if (condition.test(owner.get("/api/v1/pets/" + pet).json())) {
                return;
            }
            clock.skip(STEP);
        }
        throw new AssertionError("the pet never got there");
    }

    private String storedStatus(UUID pet) {
        return jdbc.sql("SELECT status FROM pets WHERE id = :id")
                .param("id", pet)
                .query(String.class)
                .single();
    }

    private boolean storedSick(UUID pet) {
        return jdbc.sql("SELECT CAST(state ->> 'sick' AS boolean) FROM pets WHERE id = :id")
                .param("id", pet)
                .query(Boolean.class)
                .single();
    }

    private List<String> historyOf(UUID pet) {
        return owner.get("/api/v1/pets/" + pet + "/history").json().findValuesAsString("type");
    }

    private List<String> texts(UUID pet) {
        return owner.get("/api/v1/pets/" + pet + "/journal?size=100").json().findValuesAsString("text");
    }

    private static long countOf(List<String> texts, String text) {
        return texts.stream().filter(text::equals).count();
    }
}
