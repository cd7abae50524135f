package io.pytopus.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.journal.JournalEntryWritten;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.Happening;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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
 * The journal worker's handler, called directly with batches, against the real PostgreSQL (ADR
 * 0026): copies of events, in one batch or handled by two workers at the same moment, write one entry
 * and announce it once.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class JournalConsumerIT {

    /** Every entry announced, by any test: each test looks only at its own pet's. */
    private static final ConcurrentLinkedQueue<JournalEntryWritten> ANNOUNCED = new ConcurrentLinkedQueue<>();

    private static volatile boolean listening;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    JournalConsumer consumer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ConfigurableApplicationContext context;

    UUID pet;
    UUID owner;

    @BeforeEach
    void anEggAndAnEar() {
        synchronized (JournalConsumerIT.class) {
            if (!listening) {
                context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload
                            && payload.getPayload() instanceof JournalEntryWritten written) {
                        ANNOUNCED.add(written);
                    }
                });
                listening = true;
            }
        }
        var browser = new Browser(http);
        assertThat(browser.register().code()).isEqualTo(201);
        var egg = browser.post("/api/v1/pets", Map.of("name", "Copycat", "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        pet = UUID.fromString(egg.json().path("id").asString());
        owner = jdbc.sql("SELECT owner_id FROM pets WHERE id = :pet")
                .param("pet", pet)
                .query(UUID.class)
                .single();
    }

    @Test
    void copiesInOneBatchWriteOneEntry() {
        var first = fed(0);
        var second = fed(1);

        consumer.onEvents(List.of(first, second, first, second, first));
        consumer.onEvents(List.of(second));

        assertThat(entriesOf(eventIds(first, second))).isEqualTo(2);
        assertThat(announced(eventIds(first, second))).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void twoWorkersWithTheSameEventsAtOnceWriteEachOnce() throws Exception {
        var events = new ArrayList<Message>();
        for (int i = 0; i < 40; i++) {
            events.add(fed(i));
        }
        var start = new CyclicBarrier(2);
        try (var workers = Executors.newFixedThreadPool(2)) {
            var results = new ArrayList<Future<?>>();
            for (int worker = 0; worker < 2; worker++) {
                var batch = new ArrayList<>(events);
                if (worker == 1) {
                    Collections.reverse(batch);
                }
                results.add(workers.submit(() -> {
                    start.await();
                    for (int from = 0; from < batch.size(); from += 10) {
                        consumer.onEvents(batch.subList(from, from + 10));
                    }
                    return null;
                }));
            }
            for (var result : results) {
                result.get();
            }
        }

        var ids = eventIds(events.toArray(Message[]::new));
        assertThat(entriesOf(ids)).isEqualTo(40);
        assertThat(announced(ids)).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void anEventOfAPetThatIsGoneWritesNothingAndFailsNothing() {
        var gone = UUID.randomUUID();
        var orphan = message(
                new CareGiven(UUID.randomUUID(), gone, owner, "Ghost", clock.instant(), "CLEAN", null, 1, List.of()));

        consumer.onEvents(List.of(orphan, fed(0)));

        assertThat(jdbc.sql("SELECT count(*) FROM journal_entries WHERE pet_id = :pet")
                        .param("pet", gone)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(entriesOf(eventIds(orphan))).isZero();
    }

    private long entriesOf(List<UUID> eventIds) {
        return jdbc.sql("SELECT count(*) FROM journal_entries WHERE event_id IN (:events)")
                .param("events", eventIds)
                .query(Long.class)
                .single();
    }

    private List<UUID> announced(List<UUID> eventIds) {
        return ANNOUNCED.stream()
                .filter(written -> eventIds.contains(written.entryId()))
                .map(JournalEntryWritten::entryId)
                .toList();
    }

    private static List<UUID> eventIds(Message... messages) {
        var ids = new ArrayList<UUID>();
        for (var message : messages) {
            ids.add(UUID.fromString(message.getMessageProperties().getMessageId()));
        }
        return ids;
    }

    private Message fed(int minutes) {
        return message(new CareGiven(
                UUID.randomUUID(),
                pet,
                owner,
                "Copycat",
                clock.instant().plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.MICROS),
                "FEED",
                "SHRIMP",
                minutes + 1,
                List.of(new Happening.Fed(Food.SHRIMP, false))));
    }

    /** The event as the relay sends it. */
    private Message message(CareGiven event) {
        var properties = new MessageProperties();
        properties.setMessageId(event.eventId().toString());
        properties.setType(CareGiven.class.getSimpleName());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        return new Message(json.writeValueAsBytes(event), properties);
    }
}
