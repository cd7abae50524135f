package io.pytopus.system.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.pytopus.system.RateLimit;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Buckets in Redis, shared by every replica (Bucket4j's compare-and-swap over Lettuce).
 *
 * <p>It has its own small Lettuce client so it can fail fast: commands are rejected while the
 * connection is down instead of queueing, every command has a short timeout, and the connection is
 * opened lazily, so the application starts (and limits locally) with Redis down.
 */
final class RedisBucketStore implements BucketStore, AutoCloseable {

    private final RedisClient client;
    private final String keyPrefix;
    private final Duration timeout;
    private @Nullable StatefulRedisConnection<String, byte[]> connection;
    private @Nullable ProxyManager<String> buckets;

    RedisBucketStore(RedisURI uri, String keyPrefix, Duration timeout) {
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .build());
        this.keyPrefix = keyPrefix;
        this.timeout = timeout;
    }

    @Override
    public ConsumptionProbe tryConsume(String key, RateLimit limit) {
        return buckets()
                .builder()
                .build(keyPrefix + Buckets.key(key, limit), () -> Buckets.configuration(limit))
                .tryConsumeAndReturnRemaining(1);
    }

    private synchronized ProxyManager<String> buckets() {
        if (buckets == null) {
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .requestTimeout(timeout)
                    // A bucket that has refilled completely is the same as no bucket: let Redis drop it.
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
        }
        return buckets;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
