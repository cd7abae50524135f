package io.pytopus.system.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessagePostProcessor;

/**
 * Measures how far the workers are behind: {@code pytopus.events.lag{queue}}, the time from an
 * event's occurrence (the message timestamp the relay sets) to its delivery to a worker of that
 * queue. It includes any wait in the outbox, so it is what a user sees between an action and its
 * journal entry; the "worker lag" alert watches its p95 (deploy/observability).
 */
final class EventLag implements MessagePostProcessor {

    private final MeterRegistry registry;
    private final Clock clock;

    EventLag(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Message postProcessMessage(Message message) throws AmqpException {
        var properties = message.getMessageProperties();
        var occurred = properties.getTimestamp();
        var queue = properties.getConsumerQueue();
        if (occurred != null && queue != null) {
            // Never negative: the clocks of the publishing and the consuming process may differ a little.
            var lag = Duration.between(occurred.toInstant(), clock.instant());
            timer(queue).record(lag.isNegative() ? Duration.ZERO : lag);
        }
        return message;
    }

    private Timer timer(String queue) {
        return Timer.builder("pytopus.events.lag")
                .description("Time from an event's occurrence to its delivery to a worker")
                .tag("queue", queue)
                .register(registry);
    }
}
