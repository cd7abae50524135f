package io.pytopus.system.events;

import io.pytopus.system.Outbox;
import io.pytopus.system.RelayedEvent;
import io.pytopus.system.WriteAlong;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.Externalized;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes relayed events to the {@code outbox} table in the transaction or statement of the change
 * that caused them (ADR 0027), and hands them to the {@link OutboxRelay} of this process once they
 * have committed.
 *
 * <p>Events published inside a transaction are gathered and written by one statement just before it
 * commits, however many there are. The writing process claims its own events for {@code
 * pytopus.events.resubmit-older-than} and sends them from memory, so the relay reads nothing back;
 * what it cannot send in that time, any process's relay picks up from the table.
 */
final class EventOutbox implements Outbox {

    /** Where an {@code @Externalized("exchange::key")} event goes. */
    private record Route(String exchange, String routingKey) {}

    private static final ClassValue<Route> ROUTES = new ClassValue<>() {
        @Override
        protected Route computeValue(Class<?> type) {
            var externalized = type.getAnnotation(Externalized.class);
            String target = externalized == null ? "" : externalized.value();
            int separator = target.indexOf("::");
            if (separator <= 0) {
                throw new IllegalStateException(
                        type.getName() + " is a RelayedEvent but has no @Externalized(\"exchange::routing-key\")");
            }
            return new Route(target.substring(0, separator), target.substring(separator + 2));
        }
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final TraceParents traces;
    private final String lease;

    EventOutbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay, TraceParents traces, Duration lease) {
        this.jdbc = jdbc;
        this.json = json;
        this.relay = relay;
        this.traces = traces;
        this.lease = lease.toString();
    }

    /**
     * A relayed event published with Spring's event publisher: written with its transaction, which
     * must exist (an event without the change it reports could never be taken back).
     */
    @EventListener
    void on(RelayedEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(event.getClass().getSimpleName()
                    + " was published outside a transaction; relayed events commit with their change");
        }
        thisTransaction().entries.add(entryOf(event));
    }

    @Override
    public WriteAlong along(List<? extends RelayedEvent> events) {
        var entries = events.stream().map(this::entryOf).toList();
        return new WriteAlong() {
            @Override
            public String sql(String guard, String prefix) {
                return prefix + "outbox AS (" + insert(guard, prefix) + ")";
            }

            @Override
            public Map<String, Object> parameters(String prefix) {
                return EventOutbox.this.parameters(entries, prefix);
            }

            @Override
            public void committed() {
                relay.submit(entries);
            }
        };
    }

    private OutboxEntry entryOf(RelayedEvent event) {
        var route = ROUTES.get(event.getClass());
        return new OutboxEntry(
                event.eventId(),
                route.exchange(),
                route.routingKey(),
                event.getClass().getSimpleName(),
                json.writeValueAsString(event),
                traces.current(),
                event.occurredAt());
    }

    /**
     * One INSERT for any number of entries: they travel as one JSON array parameter. The same id twice
     * is the same event (a job published again, say), which consumers would drop anyway.
     */
    private static String insert(String guard, String prefix) {
        return """
                INSERT INTO outbox (id, exchange, routing_key, event_type, payload, trace_parent, occurred_at,
                                    claimed_until)
                SELECT e.id, e.exchange, e."routingKey", e."eventType", e.payload, e."traceParent", e."occurredAt",
                       now() + CAST(:%1$slease AS interval)
                  FROM %2$sjsonb_to_recordset(CAST(:%1$sentries AS jsonb))
                       AS e(id uuid, exchange text, "routingKey" text, "eventType" text, payload text,
                            "traceParent" text, "occurredAt" timestamptz)
                ON CONFLICT (id) DO NOTHING""".formatted(prefix, guard == null ? "" : guard + ", ");
    }

    private Map<String, Object> parameters(List<OutboxEntry> entries, String prefix) {
        return Map.of(prefix + "entries", json.writeValueAsString(entries), prefix + "lease", lease);
    }

    private PendingEntries thisTransaction() {
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingEntries pending && pending.owner == this) {
                return pending;
            }
        }
        var pending = new PendingEntries(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** The entries of one transaction: written just before it commits, relayed just after. */
    private static final class PendingEntries implements TransactionSynchronization {

        private final EventOutbox owner;
        private final List<OutboxEntry> entries = new ArrayList<>();

        PendingEntries(EventOutbox owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.jdbc
                    .sql(insert(null, ""))
                    .params(owner.parameters(entries, ""))
                    .update();
        }

        @Override
        public void afterCommit() {
            owner.relay.submit(entries);
        }
    }
}
