package io.pytopus.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The digest's tally worker, called directly with batches, against the real PostgreSQL (ADR 0026):
 * copies of events, in one batch or handled by two workers at the same moment, count once.
 */
@IntegrationTest
class TallyConsumerIT {

    @Autowired
    TallyConsumer consumer;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void copiesCountOnceEvenWhenTwoWorkersHoldThemAtOnce() throws Exception {
        var pet = UUID.randomUUID();
        var events = new ArrayList<Message>();
        for (int i = 0; i < 30; i++) {
            events.add(i % 3 == 0 ? waved(pet) : cared(pet, i % 2 == 0 ? "FEED" : "CLEAN"));
        }
        events.add(cared(pet, "START_VACATION")); // no care: not counted
        var start = new CyclicBarrier(2);
        try (var workers = Executors.newFixedThreadPool(2)) {
            var results = new ArrayList<Future<?>>();
            for (int worker = 0; worker < 2; worker++) {
                var batch = new ArrayList<>(events);
                batch.addAll(events.subList(0, 5));
                if (worker == 1) {
                    Collections.reverse(batch);
                }
                results.add(workers.submit(() -> {
                    start.await();
                    for (int from = 0; from < batch.size(); from += 6) {
                        consumer.onEvents(batch.subList(from, Math.min(batch.size(), from + 6)));
                    }
                    return null;
                }));
            }
            for (var result : results) {
                result.get();
            }
        }

        var week = Weeks.weekOf(clock.instant());
        assertThat(jdbc.sql("""
                        SELECT tricks_learned, waves_received, care_actions FROM pet_week_tallies
                        WHERE pet_id = :pet AND week_start = :week
                        """)
                        .param("pet", pet)
                        .param("week", Date.valueOf(week))
                        .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                        .single())
                .containsExactly(0, 10, 20);
    }

    private Message waved(UUID pet) {
        return message(EmailConfiguration.PET_WAVED, """
                {"eventId": "%s", "petId": "%s", "occurredAt": "%s"}
                """.formatted(UUID.randomUUID(), pet, clock.instant()));
    }

    private Message cared(UUID pet, String action) {
        return message(EmailConfiguration.CARE_GIVEN, """
                {"eventId": "%s", "petId": "%s", "occurredAt": "%s", "action": "%s"}
                """.formatted(UUID.randomUUID(), pet, clock.instant(), action));
    }

    private static Message message(String routingKey, String body) {
        var properties = new MessageProperties();
        properties.setReceivedRoutingKey(routingKey);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }
}
