package io.pytopus.system.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.pytopus.system.RateLimit;

/** Where token buckets live: Redis (shared by every replica) or this JVM's memory (the fallback). */
interface BucketStore {

    /**
     * Takes one token from the bucket {@code key}, creating it full on first use.
     *
     * @throws RuntimeException when the store cannot be reached; the caller falls back
     */
    ConsumptionProbe tryConsume(String key, RateLimit limit);
}
