package io.pytopus.system;

import java.time.Duration;
import java.util.Objects;

/**
 * A limit of {@code capacity} requests per {@code period}, refilled evenly over the period (a token
 * bucket): a client that waits gets its attempts back gradually, not all at once at a window edge.
 * Bind it from configuration as {@code {capacity: 10, period: 15m}}.
 */
public record RateLimit(int capacity, Duration period) {

    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (capacity < 1) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1, not " + capacity);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive period, not " + period);
        }
    }
}
