package io.pytopus.account.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How accounts treat passwords.
 *
 * @param password hashing cost and policy
 */
@ConfigurationProperties("pytopus.account")
record AccountProperties(@DefaultValue Password password) {

    /**
     * @param argon2 the Argon2id cost; the defaults are OWASP's (19 MiB, 2 passes, 1 lane)
     * @param minLength the fewest characters (code points) a new password may have
     * @param maxLength the most; Argon2 does not need a cap, the request size does
     * @param commonPasswords the list of passwords refused as too common, one a line
     * @param maxConcurrentHashes hashes computed at once: each takes {@code argon2.memoryKib} of
     *     memory, so this bounds the memory a burst of sign-ins can take
     * @param hashQueueTimeout how long a sign-in waits for a free slot before answering 503
     */
    record Password(
            @DefaultValue Argon2 argon2,
            @DefaultValue("10") int minLength,
            @DefaultValue("128") int maxLength,

            @DefaultValue("classpath:account/10k-most-common.txt")
            Resource commonPasswords,

            @DefaultValue("4") int maxConcurrentHashes,
            @DefaultValue("10s") Duration hashQueueTimeout) {}

    /**
     * Argon2id parameters. Changing them is safe: existing hashes keep verifying (the parameters
     * are stored in each hash) and are re-hashed with the new cost at the user's next sign-in.
     */
    record Argon2(
            @DefaultValue("19456") int memoryKib,
            @DefaultValue("2") int iterations,
            @DefaultValue("1") int parallelism,
            @DefaultValue("16") int saltLength,
            @DefaultValue("32") int hashLength) {}
}
