package io.pytopus.system.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How committed events reach RabbitMQ and how workers consume them ({@code pytopus.events.*}).
 *
 * @param confirmTimeout how long the relay waits for the broker to confirm a message before it
 *     counts the publication as failed (it stays in the outbox and is resubmitted)
 * @param resubmitOlderThan incomplete publications older than this are resubmitted; longer than
 *     {@code confirmTimeout}, so a publication still waiting for its confirm is left alone
 * @param resubmitEvery how often the outbox is scanned for incomplete publications
 * @param keepCompleted how long completed publications stay in {@code event_publication}
 * @param metricsEvery how often the outbox and queue gauges ({@link EventMetrics}) are refreshed
 * @param consumer the retry policy of every worker queue
 */
@ConfigurationProperties("pytopus.events")
record EventRelayProperties(
        Duration confirmTimeout,
        Duration resubmitOlderThan,
        Duration resubmitEvery,
        Duration keepCompleted,
        Duration metricsEvery,
        Consumer consumer) {

    /**
     * @param attempts deliveries of a message to a listener before it goes to {@code pytopus.dead}
     * @param initialBackoff the pause after the first failure, multiplied by {@code multiplier} after
     *     each further one, up to {@code maxBackoff}
     * @param prefetch unacknowledged messages a consumer holds at once
     */
    record Consumer(int attempts, Duration initialBackoff, double multiplier, Duration maxBackoff, int prefetch) {}
}
