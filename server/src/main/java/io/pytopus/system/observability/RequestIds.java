package io.pytopus.system.observability;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New request ids: version-4-shaped UUIDs (122 random bits, the same text as before) drawn from
 * {@link ThreadLocalRandom} instead of {@link UUID#randomUUID()}. The id correlates log lines; it
 * is neither a secret nor a key, so it needs no unpredictability, only uniqueness. {@code
 * randomUUID} reads the shared {@code SecureRandom} under a lock on every request (its {@code
 * NativePRNG} was 4.5% of the trivial endpoint's CPU); {@code ThreadLocalRandom} keeps its state in
 * the current thread, so it costs a few nanoseconds and no lock. Each virtual thread seeds its own
 * generator from a process-wide sequence mixed with the clock at start, so two requests, in one
 * process or in two replicas, repeat an id with probability about n²/2¹²³: none in practice.
 *
 * <p>Not a counter with a per-process prefix, though that would be as cheap and unique: the id is
 * echoed to every caller, and a counter would tell anyone how many requests an instance serves.
 */
final class RequestIds {

    private static final long VERSION_MASK = 0xFFFF_FFFF_FFFF_0FFFL;
    private static final long VERSION_4 = 0x0000_0000_0000_4000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

    private RequestIds() {}

    static String next() {
        var random = ThreadLocalRandom.current();
        long high = random.nextLong() & VERSION_MASK | VERSION_4;
        long low = random.nextLong() & VARIANT_MASK | VARIANT_IETF;
        return new UUID(high, low).toString();
    }
}
