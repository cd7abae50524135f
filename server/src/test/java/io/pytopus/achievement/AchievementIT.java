package io.pytopus.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.system.Exchanges;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Achievements are unlocked by the worker from the pet events that travel through the outbox and
 * RabbitMQ, once per user, against the real PostgreSQL and broker (issue 5, ADR 0014).
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class AchievementIT {

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

    @Autowired
    AmqpAdmin admin;

    Browser owner;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
    }

    @Test
    void hatchingUnlocksFirstHatchOnceEvenWhenTheEventIsDeliveredTwice() {
        String pet = egg("Inky");
        clock.skip(Duration.ofMinutes(11));
        assertThat(act(pet, "FEED", "SHRIMP").code()).isEqualTo(200);

        var hatch = awaitUnlocked("FIRST_HATCH");
        assertThat(hatch.path("petId").asString()).isEqualTo(pet);
        assertThat(hatch.path("title").asString()).isEqualTo("First hatch");

        redeliver(storedEvent(pet, "StageReached"), "StageReached", "pet.stage-reached");
        markEnd(pet);

        assertThat(awaitUnlocked("FIRST_HATCH").path("unlockedAt")).isEqualTo(hatch.path("unlockedAt"));
        assertThat(publishedUnlocks(ownerOf(pet), "FIRST_HATCH")).isEqualTo(1);
        // The broker took every unlock, whether or not a queue listens yet: the outbox is drained.
        await().atMost(DELIVERY).until(() -> incompleteUnlocks(ownerOf(pet)) == 0);
    }

    private long incompleteUnlocks(UUID user) {
        return jdbc.sql("""
                        SELECT count(*) FROM outbox
                        WHERE event_type LIKE '%AchievementUnlocked' AND payload LIKE :user
                          AND completed_at IS NULL
                        """).param("user", "%" + user + "%").query(Long.class).single();
    }

    @Test
    void anUnlockIsPublishedToTheEventsExchange() {
        // Nothing consumes achievement.unlocked yet: this test listens on a queue of its own.
        String queue = admin.declareQueue().getName();
        admin.declareBinding(new Binding(queue, DestinationType.QUEUE, Exchanges.EVENTS, "achievement.unlocked", null));
        try {
            String pet = egg("Relayed");
            clock.skip(Duration.ofMinutes(11));
            assertThat(act(pet, "STROKE", null).code()).isEqualTo(200);
            var user = ownerOf(pet).toString();

            var unlocked = await().atMost(DELIVERY).until(() -> receiveFor(queue, user), Objects::nonNull);

            assertThat(unlocked.getMessageProperties().getType()).isEqualTo("AchievementUnlocked");
            var event = json.readTree(unlocked.getBody());
            assertThat(event.path("achievement").asString()).isEqualTo("FIRST_HATCH");
            assertThat(event.path("petId").asString()).isEqualTo(pet);
            assertThat(unlocked.getMessageProperties().getMessageId())
                    .isEqualTo(event.path("eventId").asString());
        } finally {
            admin.deleteQueue(queue);
        }
    }

    @Test
    void twentyCleansUnlockCleanFreakOnceEvenWhenTheEventIsDeliveredTwice() {
        String pet = egg("Tidy");
        for (int i = 0; i < 19; i++) {
            assertThat(act(pet, "CLEAN", null).code()).isEqualTo(200);
        }
        var after19 = owner.get("/api/v1/me/achievements").json();
        assertThat(achievement(after19, "CLEAN_FREAK").path("unlockedAt").isNull())
                .isTrue();

        assertThat(act(pet, "CLEAN", null).code()).isEqualTo(200);

        var freak = awaitUnlocked("CLEAN_FREAK");
        assertThat(freak.path("petId").isNull()).isTrue();
        var twentieth =
                jdbc.sql("""
                        SELECT payload FROM outbox
                        WHERE event_type LIKE '%CareGiven' AND payload LIKE :pet
                          AND payload LIKE '%"seq":20,%'
                        """).param("pet", "%" + pet + "%").query(String.class).single();
        redeliver(twentieth, "CareGiven", "pet.care-given");
        markEnd(pet);

        assertThat(publishedUnlocks(ownerOf(pet), "CLEAN_FREAK")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM user_achievements WHERE user_id = :user AND code = 'CLEAN_FREAK'")
                        .param("user", ownerOf(pet))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theCatalogueListsLockedAndUnlockedAchievements() {
        String pet = egg("Lister");
        clock.skip(Duration.ofMinutes(11));
        assertThat(act(pet, "CLEAN", null).code()).isEqualTo(200);
        awaitUnlocked("FIRST_HATCH");

        var catalogue = owner.get("/api/v1/me/achievements").json().path("achievements");

        assertThat(catalogue.findValuesAsString("code"))
                .containsExactly(
                        "FIRST_HATCH", "FIRST_TRICK", "FIVE_TRICKS", "GOURMET", "CLEAN_FREAK", "WEEK_STREAK", "ELDER");
        for (JsonNode achievement : catalogue) {
            assertThat(achievement.path("title").asString()).isNotBlank();
            assertThat(achievement.path("description").asString()).isNotBlank();
            boolean unlocked = achievement.path("code").asString().equals("FIRST_HATCH");
            assertThat(achievement.path("unlockedAt").isNull()).isEqualTo(!unlocked);
        }
        assertThat(owner.get("/api/v1/me/export").json().path("achievements").findValuesAsString("code"))
                .containsExactly("FIRST_HATCH");
    }

    @Test
    void anotherUserSeesOnlyTheirOwnAchievements() {
        String pet = egg("Mine");
        clock.skip(Duration.ofMinutes(11));
        assertThat(act(pet, "CLEAN", null).code()).isEqualTo(200);
        awaitUnlocked("FIRST_HATCH");

        var stranger = new Browser(http);
        stranger.register();
        var theirs = stranger.get("/api/v1/me/achievements");

        assertThat(theirs.code()).isEqualTo(200);
        for (JsonNode achievement : theirs.json().path("achievements")) {
            assertThat(achievement.path("unlockedAt").isNull()).isTrue();
            assertThat(achievement.path("petId").isNull()).isTrue();
        }
    }

    @Test
    void achievementsNeedASignedInUser() {
        assertThat(new Browser(http).get("/api/v1/me/achievements").code()).isEqualTo(401);
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

    private JsonNode awaitUnlocked(String code) {
        return await().atMost(DELIVERY)
                .until(
                        () -> achievement(owner.get("/api/v1/me/achievements").json(), code),
                        achievement -> !achievement.path("unlockedAt").isNull());
    }

    private static JsonNode achievement(JsonNode catalogue, String code) {
        for (JsonNode achievement : catalogue.path("achievements")) {
            if (achievement.path("code").asString().equals(code)) {
                return achievement;
            }
        }
        throw new AssertionError("No " + code + " in " + catalogue);
    }

    /** The next unlock of this user from the queue, if it has arrived; other users' are dropped. */
    private Message receiveFor(String queue, String user) {
        Message message;
        do {
            message = rabbit.receive(queue);
        } while (message != null
                && !user.equals(json.readTree(message.getBody()).path("userId").asString()));
        return message;
    }

    /** The event the outbox stored for this pet, as the relay sent it. */
    private String storedEvent(String pet, String type) {
        return jdbc.sql("""
                        SELECT payload FROM outbox
                        WHERE event_type LIKE :type AND payload LIKE :pet
                        """)
                .param("type", "%" + type)
                .param("pet", "%" + pet + "%")
                .query(String.class)
                .single();
    }

    /** Sends a copy of an event as the relay does: its id as message id, its class as type. */
    private void redeliver(String event, String type, String routingKey) {
        var properties = new MessageProperties();
        properties.setMessageId(json.readTree(event).path("eventId").asString());
        properties.setType(type);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        rabbit.send(Exchanges.EVENTS, routingKey, new Message(event.getBytes(StandardCharsets.UTF_8), properties));
    }

    /**
     * Sends a made-up ELDER stage after the copies and waits for its unlock. Several consumers take
     * the queue at once, so a copy may still be judged after it; a copy unlocks nothing either way
     * ({@code AchievementConsumerIT} judges copies side by side).
     */
    private void markEnd(String pet) {
        var owner = ownerOf(pet);
        var marker = new StageReached(
                UUID.randomUUID(),
                UUID.fromString(pet),
                owner,
                "Marker",
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                Stage.ELDER,
                null);
        redeliver(json.writeValueAsString(marker), "StageReached", "pet.stage-reached");
        awaitUnlocked("ELDER");
    }

    /** How many {@link AchievementUnlocked} events the outbox holds for this user and achievement. */
    private long publishedUnlocks(UUID user, String code) {
        return jdbc.sql("""
                        SELECT count(*) FROM outbox
                        WHERE event_type LIKE '%AchievementUnlocked'
                          AND payload LIKE :user AND payload LIKE :code
                        """)
                .param("user", "%" + user + "%")
                .param("code", "%\"" + code + "\"%")
                .query(Long.class)
                .single();
    }

    private UUID ownerOf(String pet) {
        return jdbc.sql("SELECT owner_id FROM pets WHERE id = :pet")
                .param("pet", UUID.fromString(pet))
                .query(UUID.class)
                .single();
    }
}
