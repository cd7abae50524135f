package io.pytopus.system.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the rate limiter uses Redis and its local fallback. The limits themselves belong to the
 * features that enforce them (for example {@code pytopus.rate-limit.login.*}).
 *
 * @param redis how long a Redis call may take, and how long to limit locally after one failed
 * @param local how many buckets the local fallback keeps at most
 */
@ConfigurationProperties("pytopus.rate-limit")
record RateLimiterProperties(
        @DefaultValue Redis redis, @DefaultValue Local local) {

    record Redis(
            @DefaultValue("250ms") Duration timeout,
            @DefaultValue("10s") Duration retryInterval,
            @DefaultValue("pytopus:rate-limit:") String keyPrefix) {}

    record Local(@DefaultValue("100000") int maxKeys) {}
}
