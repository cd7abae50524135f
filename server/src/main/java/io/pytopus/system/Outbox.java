package io.pytopus.system;

import java.util.List;

/**
 * The outbox of {@link RelayedEvent}s (ADR 0027): an event written here commits with the change that
 * caused it and reaches RabbitMQ at least once afterwards.
 *
 * <p>Most modules need nothing from this interface: publishing a {@code RelayedEvent} with Spring's
 * {@code ApplicationEventPublisher} inside a transaction writes it to the outbox in that transaction
 * (all of a transaction's events in one statement, just before it commits). A hot path that writes
 * its change as one statement adds its events to that statement instead, with {@link #along}.
 */
public interface Outbox {

    /** The events as part of a module's own write statement; nothing is written when it is empty. */
    WriteAlong along(List<? extends RelayedEvent> events);
}
