package io.pytopus.system.events;

import io.pytopus.system.RelayedEvent;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one committed event to RabbitMQ and returns only once the broker has confirmed it. Anything
 * else (no connection, a negative confirm, no confirm within the timeout) throws, so Spring Modulith
 * leaves the publication incomplete in {@code event_publication} and {@link OutboxResubmission} sends
 * it again later: at-least-once delivery from the outbox.
 *
 * <p>It blocks rather than returning the confirm as a future: it runs on a virtual thread of its own
 * (an asynchronous {@code @ApplicationModuleListener}), and an outage then fails fast and visibly in
 * this one place.
 */
final class BrokerRelay implements BiFunction<RoutingTarget, Object, CompletableFuture<?>> {

    private static final Logger log = LoggerFactory.getLogger(BrokerRelay.class);

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final EventRelayProperties properties;

    BrokerRelay(RabbitTemplate rabbit, JsonMapper json, EventRelayProperties properties) {
        this.rabbit = rabbit;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public CompletableFuture<?> apply(RoutingTarget target, Object event) {
        var message = toMessage(event);
        var correlation = new CorrelationData(message.getMessageProperties().getMessageId());
        rabbit.send(target.getTarget(), target.getKey(), message, correlation);
        awaitConfirm(correlation, target);
        if (correlation.getReturned() != null) {
            // Confirmed but routed to no queue: nobody consumes this key yet, which is no failure.
            log.debug("{} to {} reached no queue", event.getClass().getSimpleName(), target);
        }
        return CompletableFuture.completedFuture(null);
    }

    private Message toMessage(Object event) {
        var properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setType(event.getClass().getSimpleName());
        if (event instanceof RelayedEvent relayed) {
            properties.setMessageId(relayed.eventId().toString());
            properties.setTimestamp(Date.from(relayed.occurredAt()));
        } else {
            properties.setMessageId(UUID.randomUUID().toString());
        }
        return new Message(json.writeValueAsBytes(event), properties);
    }

    private void awaitConfirm(CorrelationData correlation, RoutingTarget target) {
        try {
            var confirm =
                    correlation.getFuture().get(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                throw new EventNotRelayedException(
                        "RabbitMQ refused the event for " + target + ": " + confirm.reason(), null);
            }
        } catch (TimeoutException e) {
            throw new EventNotRelayedException(
                    "RabbitMQ did not confirm the event for " + target + " within " + properties.confirmTimeout(), e);
        } catch (ExecutionException e) {
            throw new EventNotRelayedException("Sending the event for " + target + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotRelayedException("Interrupted while waiting for RabbitMQ's confirm", e);
        }
    }

    /** The broker did not take the event; the publication stays incomplete and is resubmitted. */
    static final class EventNotRelayedException extends AmqpException {

        EventNotRelayedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
