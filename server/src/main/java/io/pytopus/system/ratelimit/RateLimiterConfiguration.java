package io.pytopus.system.ratelimit;

import io.lettuce.core.RedisURI;
import io.pytopus.system.RateLimiter;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link RateLimiter}: Redis at the address Spring Boot connects to, with a local fallback. */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimiterConfiguration.class);

    @Bean(destroyMethod = "close")
    RedisBucketStore redisBucketStore(DataRedisConnectionDetails redis, RateLimiterProperties properties) {
        return new RedisBucketStore(
                redisUri(redis),
                properties.redis().keyPrefix(),
                properties.redis().timeout());
    }

    @Bean
    RateLimiter rateLimiter(RedisBucketStore shared, RateLimiterProperties properties) {
        return new FallbackRateLimiter(
                shared,
                new LocalBucketStore(properties.local().maxKeys()),
                properties.redis().retryInterval(),
                Clock.systemUTC());
    }

    private static RedisURI redisUri(DataRedisConnectionDetails redis) {
        var standalone = redis.getStandalone();
        if (standalone == null) {
            // Sentinel and cluster set-ups are not supported yet; every replica then limits locally.
            log.warn("Redis is not a standalone server; rate limits will be local to each replica");
            return RedisURI.create("redis://127.0.0.1:1");
        }
        var uri = RedisURI.builder()
                .withHost(standalone.getHost())
                .withPort(standalone.getPort())
                .withDatabase(standalone.getDatabase())
                .withSsl(redis.getSslBundle() != null)
                .build();
        if (redis.getPassword() != null) {
            if (redis.getUsername() != null) {
                uri.setUsername(redis.getUsername());
            }
            uri.setPassword(redis.getPassword().toCharArray());
        }
        return uri;
    }
}
