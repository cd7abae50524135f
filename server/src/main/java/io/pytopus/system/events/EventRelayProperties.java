package io.pytopus.system.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How committed events reach RabbitMQ and how workers consume them ({@code pytopus.events.*}).
 *
 * @param confirmTimeout how long the relay waits for the broker to confirm a batch before it counts
 *     the unconfirmed events as failed (they stay in the outbox and are sent again)
 * @param resubmitOlderThan how long the process that wrote an event owns it: another process's relay
 *     sends it only after that; longer than {@code confirmTimeout}, so an event still waiting for its
 *     confirm is left alone
 * @param resubmitEvery how often the outbox is scanned for events nobody owns any more, and the pause
 *     before an event the broker did not take is tried again
 * @param keepCompleted how long completed events stay in the {@code outbox} table
 * @param metricsEvery how often the outbox and queue gauges ({@link EventMetrics}) are refreshed
 * @param relay how the relay batches
 * @param consumer how every worker queue is consumed: batches, concurrency, retries
 */
@ConfigurationProperties("pytopus.events")
record EventRelayProperties(
        Duration confirmTimeout,
        Duration resubmitOlderThan,
        Duration resubmitEvery,
        Duration keepCompleted,
        Duration metricsEvery,
        Relay relay,
        Consumer consumer) {

    /**
     * @param batchSize events published before the relay waits for the broker's confirms, and
     *     completed by one statement
     * @param memoryQueue committed events waiting in memory to be sent; beyond, they wait in the table
     * @param eventsPerMessage consecutive events of one routing key packed into one AMQP message at
     *     most (Spring AMQP's batch format, which listener containers split again), so the broker
     *     stores and routes a message per group rather than per event
     */
    record Relay(int batchSize, int memoryQueue, int eventsPerMessage) {

        Relay {
            if (eventsPerMessage < 1) {
                eventsPerMessage = 1;
            }
        }
    }

    /**
     * How every worker queue is consumed (ADR 0011, 0026).
     *
     * @param attempts deliveries of a message to a listener before it goes to {@code pytopus.dead}; in
     *     a batch listener, tries of the message alone once its batch has failed
     * @param initialBackoff the pause after the first failure, multiplied by {@code multiplier} after
     *     each further one, up to {@code maxBackoff}
     * @param prefetch unacknowledged messages a consumer holds at once; at least {@code batchSize}, so
     *     the next batch is on its way while one is handled
     * @param concurrency consumers per queue; a listener may set its own
     * @param batchSize messages a batch listener handles, in one transaction, at most
     * @param receiveTimeout how long a batch listener waits for one more message before it handles
     *     the batch it has
     * @param batchReceiveTimeout how long a batch is gathered at most: what batching adds to an
     *     event's latency under load
     */
    record Consumer(
            int attempts,
            Duration initialBackoff,
            double multiplier,
            Duration maxBackoff,
            int prefetch,
            int concurrency,
            int batchSize,
            Duration receiveTimeout,
            Duration batchReceiveTimeout) {

        Consumer {
            if (attempts < 1 || concurrency < 1 || batchSize < 1) {
                throw new IllegalArgumentException(
                        "pytopus.events.consumer: attempts, concurrency and batch-size must be at least 1");
            }
            if (prefetch < batchSize) {
                throw new IllegalArgumentException("pytopus.events.consumer.prefetch (" + prefetch
                        + ") must be at least batch-size (" + batchSize + "), or no batch can fill");
            }
        }
    }
}
