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
 * @param consumer the retry policy of every worker queue
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
     */
    record Relay(int batchSize, int memoryQueue) {}

    /**
     * @param attempts deliveries of a message to a listener before it goes to {@code pytopus.dead}
     * @param initialBackoff the pause after the first failure, multiplied by {@code multiplier} after
     *     each further one, up to {@code maxBackoff}
     * @param prefetch unacknowledged messages a consumer holds at once
     */
    record Consumer(int attempts, Duration initialBackoff, double multiplier, Duration maxBackoff, int prefetch) {}
}
