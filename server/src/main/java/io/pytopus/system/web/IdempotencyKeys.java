package io.pytopus.system.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stored {@code Idempotency-Key}s: claimed before a request runs, completed with its response. */
@Repository
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    static final Duration LIFETIME = Duration.ofHours(24);

    /** What a claim found. */
    sealed interface Claim {
        /** The key is new (or expired): this request runs and its response will be stored. */
        record Claimed() implements Claim {}

        /** The same request ran before: send its response again. */
        record Replay(int status, String contentType, byte[] body) implements Claim {}

        /** The same request is running right now. */
        record InFlight() implements Claim {}

        /** The key was used for a different request. */
        record Mismatch() implements Claim {}
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Claim claim(String principal, String key, String fingerprint) {
        Instant now = clock.instant();
        // An expired key is as good as new.
        jdbc.sql("DELETE FROM idempotency_keys WHERE principal = :p AND key = :k AND created_at < :expired")
                .param("p", principal)
                .param("k", key)
                .param("expired", Timestamp.from(now.minus(LIFETIME)))
                .update();
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_keys (principal, key, request_hash, created_at)
                        VALUES (:p, :k, :hash, :now)
                        ON CONFLICT (principal, key) DO NOTHING
                        """)
                .param("p", principal)
                .param("k", key)
                .param("hash", fingerprint)
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return new Claim.Claimed();
        }
        return jdbc.sql(
                        "SELECT request_hash, status, content_type, body FROM idempotency_keys WHERE principal = :p AND key = :k")
                .param("p", principal)
                .param("k", key)
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(fingerprint)) {
                        return (Claim) new Claim.Mismatch();
                    }
                    int status = rs.getInt("status");
                    if (rs.wasNull()) {
                        return new Claim.InFlight();
                    }
                    return new Claim.Replay(status, rs.getString("content_type"), rs.getBytes("body"));
                })
                .optional()
                // Deleted between our insert and select by an expiry sweep: treat as in flight, retry.
                .orElseGet(Claim.InFlight::new);
    }

    void complete(String principal, String key, int status, String contentType, byte[] body) {
        jdbc.sql("""
                        UPDATE idempotency_keys SET status = :status, content_type = :type, body = :body
                         WHERE principal = :p AND key = :k
                        """)
                .param("p", principal)
                .param("k", key)
                .param("status", status)
                .param("type", contentType)
                .param("body", body)
                .update();
    }

    void release(String principal, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE principal = :p AND key = :k AND status IS NULL")
                .param("p", principal)
                .param("k", key)
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetExpiredKeys() {
        int removed = jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < :expired")
                .param("expired", Timestamp.from(clock.instant().minus(LIFETIME)))
                .update();
        if (removed > 0) {
            log.info("Forgot {} expired idempotency keys", removed);
        }
    }
}
