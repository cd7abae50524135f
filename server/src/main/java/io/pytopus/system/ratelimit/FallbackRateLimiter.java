package io.pytopus.system.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.pytopus.system.ProblemException;
import io.pytopus.system.RateLimit;
import io.pytopus.system.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits with the shared (Redis) buckets and falls back to local ones when they fail.
 *
 * <p>After a failure it stays on the local buckets for {@code retryInterval} before trying Redis
 * again, so an outage costs one timeout per interval, not one per request. During an outage each
 * replica limits on its own: a client spread over n replicas gets at most n times the limit, which
 * is still a limit. Never "no limit", never an error.
 */
final class FallbackRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(FallbackRateLimiter.class);

    private final BucketStore shared;
    private final BucketStore local;
    private final Duration retryInterval;
    private final Clock clock;
    private volatile Instant sharedRetryAt = Instant.MIN;

    FallbackRateLimiter(BucketStore shared, BucketStore local, Duration retryInterval, Clock clock) {
        this.shared = shared;
        this.local = local;
        this.retryInterval = retryInterval;
        this.clock = clock;
    }

    @Override
    public void consume(String key, RateLimit limit) {
        var probe = tryConsume(key, limit);
        if (!probe.isConsumed()) {
            throw ProblemException.rateLimited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    ConsumptionProbe tryConsume(String key, RateLimit limit) {
        if (clock.instant().isBefore(sharedRetryAt)) {
            return local.tryConsume(key, limit);
        }
        try {
            var probe = shared.tryConsume(key, limit);
            if (sharedRetryAt != Instant.MIN) {
                sharedRetryAt = Instant.MIN;
                log.info("Rate limits are shared through Redis again");
            }
            return probe;
        } catch (RuntimeException e) {
            if (sharedRetryAt == Instant.MIN) {
                log.warn("Redis is unreachable for rate limits; limiting locally, retrying in {}", retryInterval, e);
            } else {
                log.debug("Redis is still unreachable for rate limits", e);
            }
            sharedRetryAt = clock.instant().plus(retryInterval);
            return local.tryConsume(key, limit);
        }
    }
}
