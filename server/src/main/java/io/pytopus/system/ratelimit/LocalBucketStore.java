package io.pytopus.system.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.pytopus.system.RateLimit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buckets in this JVM's memory: the fallback while Redis is unreachable. At most {@code maxKeys}
 * buckets are kept (least recently used go first), so a flood of distinct keys cannot exhaust the
 * heap; an evicted bucket starts full again, which errs on the side of letting a client in.
 */
final class LocalBucketStore implements BucketStore {

    private final Map<String, Bucket> buckets;

    LocalBucketStore(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be positive, not " + maxKeys);
        }
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        });
    }

    @Override
    public ConsumptionProbe tryConsume(String key, RateLimit limit) {
        var bucket = buckets.computeIfAbsent(
                Buckets.key(key, limit),
                k -> Bucket.builder().addLimit(Buckets.bandwidth(limit)).build());
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    int size() {
        return buckets.size();
    }
}
