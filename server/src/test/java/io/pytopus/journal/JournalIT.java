package io.pytopus.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.achievement.Achievement;
import io.pytopus.achievement.AchievementUnlocked;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.system.Exchanges;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecoverer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events travel from the care transaction through the outbox, the relay and RabbitMQ to the journal
 * worker, against the real PostgreSQL and broker (DESIGN §3, data flow 2–4).
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class JournalIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    Browser owner;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
    }

    @Test
    void anActionBecomesAJournalEntryThroughTheBroker() {
        String id = egg("Inky");
        clock.skip(Duration.ofMinutes(11));
        assertThat(act(id, "FEED", "SHRIMP").code()).isEqualTo(200);

        // Hatching was this owner's first: the achievement is the pet's, so in its journal, last.
        var journal = awaitEntries(id, 4);

        assertThat(journal.path("entries").findValuesAsString("text"))
                .containsExactly(
                        "Inky earned the First hatch achievement!",
                        "Inky ate a shrimp.",
                        "Inky hatched from its egg.",
                        "Inky's egg was laid in a fresh tank.");
        assertThat(journal.path("entries").findValuesAsString("type"))
                .containsExactly("AchievementUnlocked", "CareGiven", "StageReached", "PetHatched");
    }

    @Test
    void anAchievementIsJournaledOnceAndOneOfNoPetNotAtAll() {
        String id = egg("Trophy");
        var pet = UUID.fromString(id);
        var owner = ownerOf(pet);
        clock.skip(Duration.ofMinutes(11));
        assertThat(act(id, "CLEAN", null).code()).isEqualTo(200);
        awaitEntries(id, 4);
        var unlocked = storedEvent(pet, "AchievementUnlocked");
        var ofNoPet = json.writeValueAsBytes(new AchievementUnlocked(
                UUID.randomUUID(), owner, Achievement.CLEAN_FREAK, null, null, clock.instant()));
        var marker = fed(pet, owner, UUID.randomUUID(), Food.CRAB);

        send(unlocked, "AchievementUnlocked", "achievement.unlocked");
        send(unlocked, "AchievementUnlocked", "achievement.unlocked");
        send(ofNoPet, "AchievementUnlocked", "achievement.unlocked");
        send(marker);

        // Several consumers take the queue at once, so the copies may be handled after the marker;
        // either way they add nothing (JournalConsumerIT shows copies handled side by side).
        var journal = awaitEntries(id, 5);
        assertThat(journal.path("entries").findValuesAsString("type"))
                .containsExactly("CareGiven", "AchievementUnlocked", "CareGiven", "StageReached", "PetHatched");
        assertThat(jdbc.sql("SELECT count(*) FROM journal_entries WHERE owner_id = :owner AND type = :type")
                        .param("owner", owner)
                        .param("type", "AchievementUnlocked")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(receiveDead(json.readTree(ofNoPet).path("eventId").asString()))
                .as("acknowledged, not dead-lettered")
                .isNull();
    }

    @Test
    void theJournalIsPartOfTheDataExport() {
        String id = egg("Exported");
        awaitEntries(id, 1);

        var export = owner.get("/api/v1/me/export").json().path("journal");

        assertThat(export).hasSize(1);
        assertThat(export.get(0).path("petId").asString()).isEqualTo(id);
        assertThat(export.get(0).path("type").asString()).isEqualTo("PetHatched");
        assertThat(export.get(0).path("text").asString()).isEqualTo("Exported's egg was laid in a fresh tank.");
        assertThat(export.get(0).path("occurredAt").asString()).isNotBlank();
    }

    @Test
    void theOutboxPublicationIsCompletedOnceTheBrokerConfirms() {
        String id = egg("Confirmed");

        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                SELECT completed_at IS NOT NULL FROM outbox
                                WHERE payload LIKE :pet AND event_type LIKE '%PetHatched'
                                """)
                                .param("pet", "%" + id + "%")
                                .query(Boolean.class)
                                .list())
                        .containsExactly(true));
    }

    @Test
    void aRedeliveredEventWritesNoSecondEntry() {
        String id = egg("Twice");
        var pet = UUID.fromString(id);
        var owner = ownerOf(pet);
        awaitEntries(id, 1);
        var duplicate = fed(pet, owner, UUID.randomUUID(), Food.CLAM);
        var marker = fed(pet, owner, UUID.randomUUID(), Food.CRAB);

        send(duplicate);
        send(duplicate);
        send(marker);

        // The copies may be handled after the marker, by another consumer; the unique event id keeps
        // one entry either way (JournalConsumerIT shows copies handled side by side).
        var journal = awaitEntries(id, 3);
        assertThat(journal.path("entries").findValuesAsString("text"))
                .containsExactly("Twice ate a crab.", "Twice ate a clam.", "Twice's egg was laid in a fresh tank.");
        assertThat(jdbc.sql("SELECT count(*) FROM journal_entries WHERE event_id = :event")
                        .param("event", duplicate.eventId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterQueueAfterItsRetries() {
        var properties = new MessageProperties();
        String messageId = UUID.randomUUID().toString();
        properties.setMessageId(messageId);
        properties.setType("CareGiven");
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        rabbit.send(
                Exchanges.EVENTS,
                "pet.care-given",
                new Message("{\"eventId\": tentacles".getBytes(StandardCharsets.UTF_8), properties));

        var dead = await().atMost(DELIVERY).until(() -> receiveDead(messageId), Objects::nonNull);

        assertThat(dead.getMessageProperties().<String>getHeader(RepublishMessageRecoverer.X_ORIGINAL_ROUTING_KEY))
                .isEqualTo("pet.care-given");
        assertThat(dead.getMessageProperties().<String>getHeader(RepublishMessageRecoverer.X_EXCEPTION_MESSAGE))
                .contains("tentacles");
    }

    @Test
    void theJournalIsPagedNewestFirst() {
        String id = egg("Pager");
        clock.skip(Duration.ofMinutes(11));
        for (int i = 0; i < 5; i++) {
            assertThat(act(id, "CLEAN", null).code()).isEqualTo(200);
        }
        // Laid, hatched, five cleanings, and the owner's first hatch, earned at the first cleaning.
        awaitEntries(id, 8);

        var first = owner.get("/api/v1/pets/" + id + "/journal?page=0&size=3").json();
        var second = owner.get("/api/v1/pets/" + id + "/journal?page=1&size=3").json();
        var last = owner.get("/api/v1/pets/" + id + "/journal?page=2&size=3").json();

        assertThat(first.path("entries").findValuesAsString("text"))
                .containsExactly("Pager got a clean tank.", "Pager got a clean tank.", "Pager got a clean tank.");
        assertThat(first.path("totalEntries").asLong()).isEqualTo(8);
        assertThat(first.path("totalPages").asLong()).isEqualTo(3);
        assertThat(second.path("entries").findValuesAsString("text"))
                .containsExactly(
                        "Pager got a clean tank.",
                        "Pager earned the First hatch achievement!",
                        "Pager got a clean tank.");
        assertThat(last.path("entries").findValuesAsString("text"))
                .containsExactly("Pager hatched from its egg.", "Pager's egg was laid in a fresh tank.");
        assertThat(owner.get("/api/v1/pets/" + id + "/journal?page=3&size=3")
                        .json()
                        .path("entries"))
                .isEmpty();
    }

    @Test
    void anotherUsersJournalIsNotFound() {
        String id = egg("Private");
        var stranger = new Browser(http);
        stranger.register();

        var answer = stranger.get("/api/v1/pets/" + id + "/journal");

        assertThat(answer.code()).isEqualTo(404);
        assertThat(answer.problemCode()).isEqualTo("NOT_FOUND");
        assertThat(owner.get("/api/v1/pets/" + UUID.randomUUID() + "/journal").code())
                .isEqualTo(404);
    }

    @Test
    void aPageSizeOutOfRangeIsRefused() {
        String id = egg("Sizer");

        assertThat(owner.get("/api/v1/pets/" + id + "/journal?size=0").problemCode())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(owner.get("/api/v1/pets/" + id + "/journal?size=101").code()).isEqualTo(400);
        assertThat(owner.get("/api/v1/pets/" + id + "/journal?page=-1").code()).isEqualTo(400);
    }

    private String egg(String name) {
        var egg = owner.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        return egg.json().path("id").asString();
    }

    private Browser.Response act(String id, String type, String item) {
        var body = item == null ? Map.of("type", type) : Map.of("type", type, "item", item);
        return owner.post("/api/v1/pets/" + id + "/actions", body);
    }

    private JsonNode awaitEntries(String id, int count) {
        return await().atMost(DELIVERY)
                .until(
                        () -> owner.get("/api/v1/pets/" + id + "/journal").json(),
                        journal -> journal.path("totalEntries").asLong() >= count);
    }

    /** The dead letter with this id, if it has arrived; other dead letters are dropped. */
    private Message receiveDead(String messageId) {
        Message dead;
        do {
            dead = rabbit.receive("pytopus.journal.dead");
        } while (dead != null && !messageId.equals(dead.getMessageProperties().getMessageId()));
        return dead;
    }

    private UUID ownerOf(UUID pet) {
        return jdbc.sql("SELECT owner_id FROM pets WHERE id = :pet")
                .param("pet", pet)
                .query(UUID.class)
                .single();
    }

    private CareGiven fed(UUID pet, UUID owner, UUID eventId, Food food) {
        return new CareGiven(
                eventId,
                pet,
                owner,
                "Twice",
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                "FEED",
                food.name(),
                1,
                List.of(new Happening.Fed(food, false)));
    }

    /** Sends an event as the relay does: JSON, its id as message id, its class as type. */
    private void send(CareGiven event) {
        send(json.writeValueAsBytes(event), CareGiven.class.getSimpleName(), "pet.care-given");
    }

    private void send(byte[] event, String type, String routingKey) {
        var properties = new MessageProperties();
        properties.setMessageId(json.readTree(event).path("eventId").asString());
        properties.setType(type);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        rabbit.send(Exchanges.EVENTS, routingKey, new Message(event, properties));
    }

    /** The event of this type about the pet, as the outbox stored it. */
    private byte[] storedEvent(UUID pet, String type) {
        return jdbc.sql("SELECT payload FROM outbox WHERE event_type LIKE :type AND payload LIKE :pet")
                .param("type", "%" + type)
                .param("pet", "%" + pet + "%")
                .query(String.class)
                .single()
                .getBytes(StandardCharsets.UTF_8);
    }
}
