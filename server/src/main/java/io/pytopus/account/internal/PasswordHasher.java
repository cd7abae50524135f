package io.pytopus.account.internal;

import io.pytopus.system.ProblemException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id hashing with bounded concurrency.
 *
 * <p>Each hash takes the configured memory (19 MiB by default) for tens of milliseconds. With
 * virtual threads nothing else bounds how many run at once, so a burst of sign-ins could take
 * gigabytes; a semaphore keeps it to {@code maxConcurrent} hashes, and a request that waits too
 * long for its turn gets 503 {@code BUSY} instead of piling up.
 */
class PasswordHasher {

    private final PasswordEncoder encoder;
    private final Semaphore slots;
    private final Duration queueTimeout;
    /** Verified against when the email is unknown, so both failures take the same time. */
    private final String decoy;

    PasswordHasher(PasswordEncoder encoder, int maxConcurrent, Duration queueTimeout) {
        this.encoder = encoder;
        this.slots = new Semaphore(maxConcurrent, true);
        this.queueTimeout = queueTimeout;
        this.decoy = encoder.encode("decoy password that matches nothing");
    }

    String hash(String password) {
        return withSlot(() -> encoder.encode(password));
    }

    boolean matches(String password, String hash) {
        return withSlot(() -> encoder.matches(password, hash));
    }

    /** Spends the time a real verification takes, for an email that has no account. */
    void matchNothing(String password) {
        withSlot(() -> encoder.matches(password, decoy));
    }

    /** Whether the hash was made with other parameters than the current ones. */
    boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private <T> T withSlot(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ProblemException(
                            HttpStatus.SERVICE_UNAVAILABLE, "BUSY", "We are busy right now. Please try again shortly.")
                    .withHeader("Retry-After", "1");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
