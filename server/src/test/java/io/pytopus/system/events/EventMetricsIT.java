package io.pytopus.system.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.system.Exchanges;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpMethod;

/**
 * The outbox and queue gauges (ADR 0011): registered once from the declared queues, refreshed on
 * demand here instead of waiting for the schedule, and published at {@code /actuator/prometheus} on the management port.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class EventMetricsIT {

    private static final String JOURNAL = "pytopus.journal";
    private static final String JOURNAL_DEAD = "pytopus.journal.dead";

    @Autowired
    EventMetrics metrics;

    @Autowired
    MeterRegistry registry;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    TestRestTemplate http;

    @LocalManagementPort
    int managementPort;

    @AfterEach
    void purgeDeadLetters() {
        admin.purgeQueue(JOURNAL_DEAD, false);
    }

    @Test
    void theQueuesAreDiscoveredFromTheirDeclarations() {
        assertThat(metrics.queues()).contains(JOURNAL, JOURNAL_DEAD);
        assertThat(registry.find("pytopus.queue.depth").tag("queue", JOURNAL).gauge())
                .isNotNull();
        assertThat(registry.find("pytopus.queue.dead")
                        .tag("queue", JOURNAL_DEAD)
                        .gauge())
                .isNotNull();
        assertThat(registry.find("pytopus.queue.depth")
                        .tag("queue", JOURNAL_DEAD)
                        .gauge())
                .as("a dead-letter queue is measured only as dead")
                .isNull();
    }

    @Test
    void theOutboxGaugesReadTheIncompletePublications() {
        metrics.refresh();

        assertThat(registry.get("pytopus.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(registry.get("pytopus.outbox.oldest.age").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(registry.get("pytopus.metrics.refresh.failures")
                        .tag("source", "outbox")
                        .counter()
                        .count())
                .isZero();
    }

    @Test
    void aDeadLetterRaisesTheDeadGaugeAndPrometheusShowsIt() {
        metrics.refresh();
        double before = dead();

        rabbit.send(
                Exchanges.DEAD,
                JOURNAL,
                MessageBuilder.withBody("{}".getBytes())
                        .setMessageId("metrics-probe")
                        .build());

        // The publish and the passive declare that counts go over different channels: poll the count.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    metrics.refresh();
                    return dead() == before + 1;
                });

        var prometheus = new Browser(http)
                .send(
                        HttpMethod.GET,
                        "http://127.0.0.1:" + managementPort + "/actuator/prometheus",
                        null,
                        Map.of("Accept", "text/plain"));
        assertThat(prometheus.code()).isEqualTo(200);
        assertThat(prometheus.body())
                .contains("pytopus_outbox_backlog")
                .contains("pytopus_outbox_oldest_age_seconds")
                .contains("pytopus_queue_depth_messages{queue=\"pytopus.journal\"")
                .contains("pytopus_queue_dead_messages{queue=\"pytopus.journal.dead\"} " + (before + 1));
    }

    private double dead() {
        return registry.get("pytopus.queue.dead")
                .tag("queue", JOURNAL_DEAD)
                .gauge()
                .value();
    }
}
