package io.pytopus.live.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live event streams ({@code pytopus.live.*}, ADR 0015).
 *
 * @param heartbeat how often an idle stream gets a {@code :heartbeat} comment, so proxies keep it open
 *     and a vanished client is noticed (its write fails)
 * @param maxConnectionAge a stream ends after this long and the browser reconnects (with {@code
 *     Last-Event-ID}); the reconnect checks the session again
 * @param reconnectDelay the {@code retry:} hint: how long a browser waits before reconnecting
 * @param maxConnectionsPerUser open streams one user may hold on one instance; a new one closes the
 *     oldest
 * @param maxPendingPerConnection events waiting to be written to one slow client; beyond that the
 *     stream is closed, and the reconnect replays what it missed or resyncs
 * @param shutdownWait how long a stopping instance waits for its streams to end
 * @param prefetch messages of the instance's queue in flight to its consumer at once
 * @param replay the per-user replay buffer that answers {@code Last-Event-ID}
 */
@ConfigurationProperties("pytopus.live")
record LiveProperties(
        Duration heartbeat,
        Duration maxConnectionAge,
        Duration reconnectDelay,
        int maxConnectionsPerUser,
        int maxPendingPerConnection,
        Duration shutdownWait,
        int prefetch,
        Replay replay) {

    LiveProperties {
        requirePositive("heartbeat", heartbeat);
        requirePositive("max-connection-age", maxConnectionAge);
        requirePositive("reconnect-delay", reconnectDelay);
        requirePositive("shutdown-wait", shutdownWait);
        if (maxConnectionsPerUser < 1 || prefetch < 1) {
            throw new IllegalArgumentException("pytopus.live.max-connections-per-user and prefetch must be >= 1");
        }
        if (replay == null) {
            throw new IllegalArgumentException("pytopus.live.replay must be set");
        }
        // A whole replay, plus the frame before it and a heartbeat, must fit in a connection's queue.
        if (maxPendingPerConnection < replay.maxEventsPerUser() + 2) {
            throw new IllegalArgumentException(
                    "pytopus.live.max-pending-per-connection must exceed replay.max-events-per-user + 1");
        }
    }

    /**
     * @param maxEventsPerUser the newest events kept per user
     * @param maxEvents the events kept for all users together: bounds the memory of an instance, which
     *     buffers every user's events (a reconnect may come to any instance)
     * @param maxAge events older than this are dropped
     */
    record Replay(int maxEventsPerUser, int maxEvents, Duration maxAge) {

        Replay {
            if (maxEventsPerUser < 1 || maxEvents < maxEventsPerUser) {
                throw new IllegalArgumentException(
                        "pytopus.live.replay: max-events-per-user >= 1 and max-events >= max-events-per-user");
            }
            requirePositive("replay.max-age", maxAge);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("pytopus.live." + name + " must be a positive duration");
        }
    }
}
