package io.pytopus.system.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Gauges of the road from the outbox to the workers (ADR 0011): {@code pytopus.outbox.backlog}
 * (incomplete publications), {@code pytopus.outbox.oldest.age} (seconds since the oldest of them, 0
 * if none), {@code pytopus.queue.depth{queue}} for each worker queue and {@code
 * pytopus.queue.dead{queue}} for each dead-letter queue ({@code <queue>.dead}).
 *
 * <p>A scrape only reads cached values; {@link #refresh()} queries PostgreSQL and RabbitMQ on a
 * schedule ({@code pytopus.events.metrics-every}). A failed read keeps the last value and counts
 * {@code pytopus.metrics.refresh.failures{source}}; the refresher never throws.
 *
 * <p>The queues are those declared as {@link Queue} beans or inside {@link Declarables} beans by any
 * module (exclusive, server-named queues left out), so a new consumer is measured without changes
 * here.
 */
class EventMetrics {

    private static final Logger log = LoggerFactory.getLogger(EventMetrics.class);
    private static final String DEAD_SUFFIX = ".dead";

    private final JdbcClient jdbc;
    private final AmqpAdmin admin;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicReference<Double> oldestAge = new AtomicReference<>(0.0);
    private final Map<String, AtomicLong> depths = new LinkedHashMap<>();
    private final Counter outboxFailures;
    private final Counter queueFailures;

    EventMetrics(
            JdbcClient jdbc,
            AmqpAdmin admin,
            MeterRegistry registry,
            List<Queue> queues,
            List<Declarables> declarables) {
        this.jdbc = jdbc;
        this.admin = admin;
        Gauge.builder("pytopus.outbox.backlog", backlog, AtomicLong::get)
                .description("Event publications not yet confirmed by RabbitMQ")
                .baseUnit("publications")
                .strongReference(true)
                .register(registry);
        Gauge.builder("pytopus.outbox.oldest.age", oldestAge, AtomicReference::get)
                .description("Age of the oldest incomplete event publication, 0 if none")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
        for (var name : queueNames(queues, declarables)) {
            var depth = new AtomicLong();
            depths.put(name, depth);
            boolean dead = name.endsWith(DEAD_SUFFIX);
            Gauge.builder(dead ? "pytopus.queue.dead" : "pytopus.queue.depth", depth, AtomicLong::get)
                    .description(
                            dead
                                    ? "Messages given up on, waiting in a dead-letter queue"
                                    : "Messages ready in a worker queue")
                    .baseUnit("messages")
                    .tag("queue", name)
                    .strongReference(true)
                    .register(registry);
        }
        outboxFailures = failures(registry, "outbox");
        queueFailures = failures(registry, "queue");
    }

    private static Counter failures(MeterRegistry registry, String source) {
        return Counter.builder("pytopus.metrics.refresh.failures")
                .description("Reads of the outbox or a queue that failed; the gauge kept its last value")
                .tag("source", source)
                .register(registry);
    }

    private static SortedSet<String> queueNames(List<Queue> queues, List<Declarables> declarables) {
        var names = new TreeSet<String>();
        var all = new ArrayList<Queue>(queues);
        declarables.forEach(group -> all.addAll(group.getDeclarablesByType(Queue.class)));
        for (var queue : all) {
            if (!queue.isExclusive() && !queue.getName().isBlank()) {
                names.add(queue.getName());
            }
        }
        return names;
    }

    /** The queues measured, worker and dead-letter ones alike. */
    SortedSet<String> queues() {
        return new TreeSet<>(depths.keySet());
    }

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "${pytopus.events.metrics-every}")
    void refresh() {
        refreshOutbox();
        depths.forEach(this::refreshQueue);
    }

    private void refreshOutbox() {
        try {
            var row = jdbc.sql("""
                            SELECT count(*) AS backlog,
                                   coalesce(extract(epoch FROM now() - min(created_at)), 0) AS age
                            FROM outbox WHERE completed_at IS NULL""")
                    .query((rs, n) -> new Outbox(rs.getLong("backlog"), rs.getDouble("age")))
                    .single();
            backlog.set(row.backlog());
            oldestAge.set(Math.max(0.0, row.oldestAge()));
        } catch (RuntimeException e) {
            outboxFailures.increment();
            log.debug("Reading the outbox backlog failed: {}", e.toString());
        }
    }

    private record Outbox(long backlog, double oldestAge) {}

    private void refreshQueue(String name, AtomicLong depth) {
        try {
            var info = admin.getQueueInfo(name);
            if (info == null) {
                queueFailures.increment();
                log.debug("Queue {} not found or the broker unreachable", name);
                return;
            }
            depth.set(info.getMessageCount());
        } catch (RuntimeException e) {
            queueFailures.increment();
            log.debug("Reading the depth of queue {} failed: {}", name, e.toString());
        }
    }
}
