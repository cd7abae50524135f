package io.pytopus.system.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.pytopus.system.RateLimit;

/** The bucket shape shared by both stores, so the fallback limits exactly like Redis does. */
final class Buckets {

    private Buckets() {}

    static Bandwidth bandwidth(RateLimit limit) {
        return Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build();
    }

    static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    /**
     * The stored key includes the limit itself, so an operator who changes a limit gets buckets of
     * the new shape at once instead of old ones living on until they expire.
     */
    static String key(String key, RateLimit limit) {
        return key + "|" + limit.capacity() + "/" + limit.period().toSeconds() + "s";
    }
}
