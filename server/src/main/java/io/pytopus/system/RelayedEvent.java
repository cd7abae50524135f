package io.pytopus.system;

import java.time.Instant;
import java.util.UUID;

/**
 * A domain event that leaves the process: the relay sends it, as JSON, to the RabbitMQ exchange and
 * routing key named by its {@link org.springframework.modulith.events.Externalized @Externalized}
 * annotation (for example {@code "pytopus.events::pet.care-given"}), after the transaction that
 * published it has committed.
 *
 * <p>Delivery is at least once, so consumers deduplicate on {@link #eventId()}, which travels as the
 * AMQP {@code message-id}; the simple class name travels as the AMQP {@code type}.
 */
public interface RelayedEvent {

    /** Unique per event and stable across redeliveries: the consumers' idempotency key. */
    UUID eventId();

    /** When it happened, by the application's clock. */
    Instant occurredAt();
}
