package io.pytopus.system.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One relayed event as the outbox stores it and the relay sends it: the JSON payload goes to
 * RabbitMQ as it is, with the event id as the AMQP message-id and the type as the AMQP type. The
 * component names are also the keys of the JSON array that writes many entries in one statement.
 *
 * @param traceParent the W3C {@code traceparent} of the request that caused the event, or null
 */
record OutboxEntry(
        UUID id,
        String exchange,
        String routingKey,
        String eventType,
        String payload,
        String traceParent,
        Instant occurredAt) {}
