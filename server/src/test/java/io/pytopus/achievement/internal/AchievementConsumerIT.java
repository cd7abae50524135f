package io.pytopus.achievement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.achievement.AchievementUnlocked;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The achievement worker's handler, called directly with batches, against the real PostgreSQL (ADR
 * 0026): the progress it keeps counts a copy once, and two workers judging one owner's events at the
 * same moment neither miss an achievement nor unlock it twice.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class AchievementConsumerIT {

    /** Every unlock announced, by any test: each test looks only at its own owner's. */
    private static final ConcurrentLinkedQueue<AchievementUnlocked> ANNOUNCED = new ConcurrentLinkedQueue<>();

    private static volatile boolean listening;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    AchievementConsumer consumer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ConfigurableApplicationContext context;

    @BeforeEach
    void listen() {
        synchronized (AchievementConsumerIT.class) {
            if (!listening) {
                context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload
                            && payload.getPayload() instanceof AchievementUnlocked unlocked) {
                        ANNOUNCED.add(unlocked);
                    }
                });
                listening = true;
            }
        }
    }

    @Test
    void aCleaningDeliveredTwiceCountsOnce() {
        var pet = new Pet();
        var cleanings = new ArrayList<Message>();
        for (int seq = 1; seq <= 19; seq++) {
            cleanings.add(pet.cleaned(seq));
        }
        consumer.onEvents(cleanings);
        consumer.onEvents(List.of(cleanings.getLast(), cleanings.getFirst()));

        assertThat(unlocks(pet.owner)).isEmpty();

        consumer.onEvents(List.of(pet.cleaned(20)));

        assertThat(unlocks(pet.owner)).containsExactly("CLEAN_FREAK");
        assertThat(announced(pet.owner)).containsExactly("CLEAN_FREAK");
    }

    /**
     * The nineteenth and twentieth cleanings judged by two workers at once: without the owner's lock
     * each would count nineteen, and nobody would unlock it. Then copies of both, again at once.
     */
    @Test
    void twoWorkersJudgingOneOwnerAtOnceUnlockExactlyOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            var pet = new Pet();
            var cleanings = new ArrayList<Message>();
            for (int seq = 1; seq <= 18; seq++) {
                cleanings.add(pet.cleaned(seq));
            }
            consumer.onEvents(cleanings);
            var nineteenth = pet.cleaned(19);
            var twentieth = pet.cleaned(20);

            atOnce(nineteenth, twentieth);

            assertThat(unlocks(pet.owner)).as("round %d", round).containsExactly("CLEAN_FREAK");

            atOnce(twentieth, nineteenth);

            assertThat(unlocks(pet.owner)).as("round %d", round).containsExactly("CLEAN_FREAK");
            assertThat(announced(pet.owner)).as("round %d", round).containsExactly("CLEAN_FREAK");
        }
    }

    /** Two workers, each handling one of the messages, started together. */
    private void atOnce(Message one, Message other) throws Exception {
        var start = new CyclicBarrier(2);
        try (var workers = Executors.newFixedThreadPool(2)) {
            var results = new ArrayList<Future<?>>();
            for (var message : List.of(one, other)) {
                results.add(workers.submit(() -> {
                    start.await();
                    consumer.onEvents(List.of(message));
                    return null;
                }));
            }
            for (var result : results) {
                result.get();
            }
        }
    }

    @Test
    void eventsOfAnOwnerWithEverythingTheyCanLeadToRecordNothing() {
        var pet = new Pet();
        for (var code : List.of("CLEAN_FREAK", "WEEK_STREAK")) {
            jdbc.sql("INSERT INTO user_achievements (user_id, code, unlocked_at) VALUES (:user, :code, now())")
                    .param("user", pet.owner)
                    .param("code", code)
                    .update();
        }

        consumer.onEvents(List.of(pet.cleaned(1), pet.cleaned(2)));

        assertThat(jdbc.sql("SELECT count(*) FROM achievement_cleans WHERE owner_id = :owner")
                        .param("owner", pet.owner)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(announced(pet.owner)).isEmpty();
    }

    private List<String> unlocks(UUID owner) {
        return jdbc.sql("SELECT code FROM user_achievements WHERE user_id = :user ORDER BY code")
                .param("user", owner)
                .query(String.class)
                .list();
    }

    private List<String> announced(UUID owner) {
        return ANNOUNCED.stream()
                .filter(unlocked -> unlocked.userId().equals(owner))
                .map(unlocked -> unlocked.achievement().name())
                .toList();
    }

    /** A new owner's egg, and its cleanings, all on one day (no week streak), as the relay sends them. */
    private final class Pet {

        final UUID id;
        final UUID owner;
        final Instant start = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(1));

        Pet() {
            var browser = new Browser(http);
            assertThat(browser.register().code()).isEqualTo(201);
            var egg = browser.post("/api/v1/pets", Map.of("name", "Tidy", "species", "COMMON", "color", "#c8553d"));
            assertThat(egg.code()).isEqualTo(201);
            id = UUID.fromString(egg.json().path("id").asString());
            owner = jdbc.sql("SELECT owner_id FROM pets WHERE id = :pet")
                    .param("pet", id)
                    .query(UUID.class)
                    .single();
        }

        Message cleaned(long seq) {
            return message(new CareGiven(
                    UUID.randomUUID(), id, owner, "Tidy", start.plusSeconds(seq), "CLEAN", null, seq, List.of()));
        }
    }

    private Message message(PetEvent event) {
        var properties = new MessageProperties();
        properties.setMessageId(event.eventId().toString());
        properties.setType(event.getClass().getSimpleName());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        return new Message(json.writeValueAsBytes(event), properties);
    }
}
