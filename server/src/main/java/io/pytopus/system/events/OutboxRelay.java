package io.pytopus.system.events;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.batch.SimpleBatchingStrategy;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitOperations;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed events from the outbox to RabbitMQ in batches (ADR 0027): it takes up to {@code
 * batch-size} events, publishes them all, waits for the broker's confirms once, and marks the
 * confirmed ones completed in one statement. Delivery is at least once: an event counts as sent only
 * once the broker has confirmed it, and one not confirmed is sent again later, perhaps twice, which
 * consumers recognise by its id.
 *
 * <p>Two sources feed it: the events this process has just committed, handed over in memory (no
 * read back from PostgreSQL), and, every {@code resubmit-every}, pending events whose claim has
 * lapsed: what a crashed process or a broker outage left behind, claimed with {@code FOR UPDATE SKIP
 * LOCKED} so any number of processes share them.
 *
 * <p>One loop per process, on a platform thread of its own, so it never holds a request's thread or a
 * pool connection while it waits for the broker, and so the OS scheduler, not the virtual threads'
 * FIFO queue behind every request in flight, gives it its turns: on a virtual thread it fell behind a
 * saturating care load.
 */
final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RabbitTemplate rabbit;
    private final TraceParents traces;
    private final EventRelayProperties properties;
    private final BlockingQueue<OutboxEntry> committed;
    private final AtomicReference<Instant> lastFailureLogged = new AtomicReference<>(Instant.EPOCH);
    /** Offered by {@link #stop()} so that a loop waiting for events notices at once. */
    private static final OutboxEntry WAKE_UP = new OutboxEntry(new UUID(0, 0), "", "", "", "", null, Instant.EPOCH);

    private volatile boolean running;
    private volatile Thread loop;

    OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            RabbitTemplate rabbit,
            TraceParents traces,
            EventRelayProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rabbit = rabbit;
        this.traces = traces;
        this.properties = properties;
        this.committed = new ArrayBlockingQueue<>(properties.relay().memoryQueue());
    }

    /**
     * Committed events to send now. Those that do not fit (a long broker outage) stay in the table
     * and are sent once their claim lapses.
     */
    void submit(Collection<OutboxEntry> entries) {
        for (var entry : entries) {
            if (!committed.offer(entry)) {
                return;
            }
        }
    }

    private void run() {
        long nextScan = System.nanoTime();
        int batchSize = properties.relay().batchSize();
        // After stop() it sends what is still in memory, then ends.
        while (running || !committed.isEmpty()) {
            try {
                var batch = new ArrayList<OutboxEntry>(batchSize);
                long wait = running ? properties.resubmitEvery().toMillis() : 0;
                var first = committed.poll(wait, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    committed.drainTo(batch, batchSize - 1);
                    batch.removeIf(entry -> entry == WAKE_UP);
                }
                if (running && System.nanoTime() - nextScan >= 0 && batch.size() < batchSize) {
                    nextScan = System.nanoTime() + properties.resubmitEvery().toNanos();
                    batch.addAll(claimLapsed(batchSize - batch.size()));
                }
                if (!batch.isEmpty()) {
                    send(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // PostgreSQL unreachable: nothing is lost, the events wait in the table.
                failed("Relaying outbox events failed", e);
            }
        }
    }

    /** Pending events whose claim has lapsed (or never was), now claimed by this process. */
    private List<OutboxEntry> claimLapsed(int limit) {
        return withCustomPlans(() -> jdbc.sql("""
                        UPDATE outbox o
                           SET claimed_until = now() + CAST(:lease AS interval), attempts = o.attempts + 1
                          FROM (SELECT id FROM outbox
                                 WHERE completed_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                                 ORDER BY created_at
                                 LIMIT :limit
                                   FOR UPDATE SKIP LOCKED) due
                         WHERE o.id = due.id
                        RETURNING o.id, o.exchange, o.routing_key, o.event_type, o.payload, o.trace_parent,
                                  o.occurred_at
                        """)
                .param("lease", properties.resubmitOlderThan().toString())
                .param("limit", limit)
                .query(OutboxRelay::entry)
                .list());
    }

    /**
     * Publishes the batch on one channel and waits for its confirms there. Sent one by one through
     * the template, each event took a channel of its own: a channel with confirms outstanding is not
     * returned to the cache until they arrive, so a batch opened (and then closed) a new channel per
     * event beyond the cache's 64, two broker round trips each, and the relay fell behind the API.
     */
    private void send(List<OutboxEntry> batch) {
        var confirmed = new ArrayList<UUID>(batch.size());
        var failed = new ArrayList<UUID>();
        try {
            rabbit.invoke(channel -> {
                publishAndConfirm(channel, batch, confirmed, failed);
                return null;
            });
        } catch (AmqpException e) {
            // No channel at all (the broker is down): whatever was not confirmed stays in the outbox.
            failed("RabbitMQ did not take an event; it stays in the outbox", e);
            var done = new HashSet<>(confirmed);
            failed.clear();
            batch.stream().map(OutboxEntry::id).filter(id -> !done.contains(id)).forEach(failed::add);
        }
        complete(confirmed);
        retryLater(failed);
    }

    private void publishAndConfirm(
            RabbitOperations channel, List<OutboxEntry> batch, List<UUID> confirmed, List<UUID> failed) {
        var awaiting = new ArrayList<Published>();
        for (var group : groups(batch, properties.relay().eventsPerMessage())) {
            var ids = group.stream().map(OutboxEntry::id).toList();
            if (!failed.isEmpty()) {
                // The broker refused one: the rest would only wait for the same failure, one by one.
                failed.addAll(ids);
                continue;
            }
            var first = group.getFirst();
            try {
                var correlation = new CorrelationData(first.id().toString());
                var message = message(group);
                traces.within(
                        first.traceParent(),
                        () -> channel.send(first.exchange(), first.routingKey(), message, correlation));
                awaiting.add(new Published(ids, correlation));
            } catch (AmqpException e) {
                failed("RabbitMQ did not take an event; it stays in the outbox", e);
                failed.addAll(ids);
            }
        }
        long deadline = System.nanoTime() + properties.confirmTimeout().toNanos();
        for (var published : awaiting) {
            if (confirmed(published.correlation(), deadline)) {
                confirmed.addAll(published.ids());
            } else {
                failed.addAll(published.ids());
            }
        }
    }

    /**
     * Runs of consecutive events with the same route and type, at most {@code size} each: what one
     * AMQP message carries. Under load most of a batch is one kind (care given), so the broker stores,
     * routes and delivers a message per run instead of per event, to each of the queues bound to it.
     */
    static List<List<OutboxEntry>> groups(List<OutboxEntry> batch, int size) {
        var groups = new ArrayList<List<OutboxEntry>>();
        List<OutboxEntry> current = null;
        for (var entry : batch) {
            if (current == null || current.size() >= size || !sameKind(current.getFirst(), entry)) {
                current = new ArrayList<>();
                groups.add(current);
            }
            current.add(entry);
        }
        return groups;
    }

    private static boolean sameKind(OutboxEntry a, OutboxEntry b) {
        return a.exchange().equals(b.exchange())
                && a.routingKey().equals(b.routingKey())
                && a.eventType().equals(b.eventType());
    }

    /**
     * One event as a message of its own; several in Spring AMQP's batch format, which every listener
     * container splits back into one message per event (with the first one's properties) before a
     * listener sees them.
     */
    static Message message(List<OutboxEntry> group) {
        if (group.size() == 1) {
            return message(group.getFirst());
        }
        var packer = new SimpleBatchingStrategy(group.size() + 1, Integer.MAX_VALUE, Long.MAX_VALUE);
        for (var entry : group) {
            packer.addToBatch(entry.exchange(), entry.routingKey(), message(entry));
        }
        return packer.releaseBatches().iterator().next().message();
    }

    private boolean confirmed(CorrelationData correlation, long deadline) {
        try {
            var confirm = correlation.getFuture().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!confirm.ack()) {
                failed("RabbitMQ refused an event: " + confirm.reason(), null);
            }
            return confirm.ack();
        } catch (TimeoutException e) {
            failed("RabbitMQ did not confirm an event within " + properties.confirmTimeout(), null);
            return false;
        } catch (ExecutionException e) {
            failed("Sending an event failed", e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One statement for the whole batch. */
    private void complete(List<UUID> ids) {
        if (!ids.isEmpty()) {
            withCustomPlans(
                    () -> jdbc.sql("UPDATE outbox SET completed_at = now() WHERE id = ANY(CAST(:ids AS uuid[]))")
                            .param("ids", array(ids))
                            .update());
        }
    }

    /** Unclaims what the broker did not confirm, so a later scan sends it again after a pause. */
    private void retryLater(List<UUID> ids) {
        if (!ids.isEmpty()) {
            withCustomPlans(() -> jdbc.sql("""
                            UPDATE outbox SET claimed_until = now() + CAST(:pause AS interval)
                             WHERE id = ANY(CAST(:ids AS uuid[])) AND completed_at IS NULL
                            """)
                    .param("pause", properties.resubmitEvery().toString())
                    .param("ids", array(ids))
                    .update());
        }
    }

    /**
     * Runs a statement of the relay planned for its own parameters. The connection's prepared
     * statement otherwise settles on a generic plan made when the table was small, a sequential scan
     * that casts the id array again for every row: measured at 2–6 s per completing statement once
     * the table held 20,000 rows, which stalled the relay behind the API (auto_explain, 2026-12-06).
     */
    private <T> T withCustomPlans(Supplier<T> statement) {
        return transactions.execute(tx -> {
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            return statement.get();
        });
    }

    /** Drops completed events after {@code keep-completed}: the table only keeps them for operators. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void purgeCompleted() {
        try {
            jdbc.sql("DELETE FROM outbox WHERE completed_at < now() - CAST(:keep AS interval)")
                    .param("keep", properties.keepCompleted().toString())
                    .update();
        } catch (RuntimeException e) {
            failed("Purging completed outbox events failed", e);
        }
    }

    private static Message message(OutboxEntry entry) {
        var properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setType(entry.eventType());
        properties.setMessageId(entry.id().toString());
        properties.setTimestamp(Date.from(entry.occurredAt()));
        return new Message(entry.payload().getBytes(StandardCharsets.UTF_8), properties);
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getObject("id", UUID.class),
                rs.getString("exchange"),
                rs.getString("routing_key"),
                rs.getString("event_type"),
                rs.getString("payload"),
                rs.getString("trace_parent"),
                rs.getTimestamp("occurred_at").toInstant());
    }

    private static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private void failed(String what, Throwable cause) {
        var now = Instant.now();
        var last = lastFailureLogged.get();
        if (now.isAfter(last.plus(LOG_INTERVAL)) && lastFailureLogged.compareAndSet(last, now)) {
            log.warn("{} (logged once every {} s): {}", what, LOG_INTERVAL.toSeconds(), String.valueOf(cause));
        }
    }

    private record Published(List<UUID> ids, CorrelationData correlation) {}

    @Override
    public void start() {
        running = true;
        loop = Thread.ofPlatform().name("outbox-relay").daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        committed.offer(WAKE_UP);
        var thread = loop;
        if (thread != null) {
            try {
                // Whatever is still in memory then is in the table too: the next scan of any process sends it.
                if (!thread.join(properties.confirmTimeout().plusSeconds(1))) {
                    thread.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server has finished its last requests, whose events it still sends. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
