package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.Externalized;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay's promise: an event that committed reaches RabbitMQ at least once, even when the broker
 * cannot take it at first. Here the broker refuses it because its exchange does not exist yet (the
 * same path as an unreachable broker: no confirm, so the relay throws); the publication must stay
 * incomplete in the outbox until the exchange appears, then be resubmitted, delivered and completed.
 */
@IntegrationTest
class EventRelayIT {

    private static final String EXCHANGE = "pytopus.relay-test";
    private static final String QUEUE = "pytopus.relay-test.probes";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    RabbitTemplate rabbit;

    @AfterEach
    void removeTestExchange() {
        admin.deleteQueue(QUEUE);
        admin.deleteExchange(EXCHANGE);
    }

    @Test
    void anEventTheBrokerRefusedStaysInTheOutboxAndIsDeliveredOnceItCan() {
        admin.deleteExchange(EXCHANGE);
        var probe = new RelayProbe(UUID.randomUUID(), Instant.now());

        transactions.executeWithoutResult(tx -> events.publishEvent(probe));

        // The relay tried, the broker did not confirm: the publication is still incomplete.
        // RabbitMQ closes a channel that publishes to a missing exchange, and Spring AMQP's channel
        // cache then fails on a pool thread; that is the broker refusing, not a test failure, so
        // the waits below do not adopt other threads' exceptions.
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20)).until(() -> attempts(probe) >= 1);
        assertThat(completed(probe)).isFalse();

        var exchange = new DirectExchange(EXCHANGE, false, true);
        var queue = new Queue(QUEUE, false, false, true);
        admin.declareExchange(exchange);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("probe"));

        // Resubmitted by the scheduled job (pytopus.events.resubmit-older-than, -every).
        var delivered = await().dontCatchUncaughtExceptions()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> rabbit.receive(QUEUE), Objects::nonNull);
        assertThat(delivered.getMessageProperties().getMessageId())
                .isEqualTo(probe.eventId().toString());
        assertThat(delivered.getMessageProperties().getType()).isEqualTo("RelayProbe");
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20)).until(() -> completed(probe));
    }

    private int attempts(RelayProbe probe) {
        return jdbc.sql("SELECT coalesce(max(attempts), 0) FROM outbox WHERE payload LIKE :id")
                .param("id", "%" + probe.eventId() + "%")
                .query(Integer.class)
                .single();
    }

    private boolean completed(RelayProbe probe) {
        return jdbc.sql("SELECT bool_and(completed_at IS NOT NULL) FROM outbox WHERE payload LIKE :id")
                .param("id", "%" + probe.eventId() + "%")
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** An event for an exchange that exists only while this test wants it to. */
    @Externalized(EXCHANGE + "::probe")
    record RelayProbe(UUID eventId, Instant occurredAt) implements RelayedEvent {}
}
