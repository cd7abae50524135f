package io.pytopus.system.web;

import io.pytopus.system.WriteAlong;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored {@code Idempotency-Key}s: claimed before a request runs and completed with its response, or,
 * on a hot path, written along with the handler's own change (ADR 0028) and looked up only when a
 * write finds its key taken.
 */
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

    /** A response as it is stored and replayed. */
    record Response(int status, String contentType, byte[] body) {}

    private static final String PRIMARY_KEY = "idempotency_keys_pkey";

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
                .query((rs, n) -> claimOf(rs, fingerprint))
                .optional()
                // Deleted between our insert and select by an expiry sweep: treat as in flight, retry.
                .orElseGet(Claim.InFlight::new);
    }

    /**
     * The key with its response, as part of a handler's write statement: inserted only when the guard
     * returns a row; a key already stored makes the whole statement fail ({@link #isKeyTaken}).
     */
    WriteAlong along(PendingIdempotencyKey pending, Response response) {
        Instant now = clock.instant();
        return new WriteAlong() {
            @Override
            public String sql(String guard, String prefix) {
                return """
                        %1$sidempotency AS (
                            INSERT INTO idempotency_keys (principal, key, request_hash, status, content_type, body, created_at)
                            SELECT :%1$sprincipal, :%1$skey, :%1$shash, :%1$sstatus, :%1$stype, :%1$sbody, :%1$snow
                              FROM %2$s)""".formatted(prefix, guard);
            }

            @Override
            public Map<String, Object> parameters(String prefix) {
                var parameters = new HashMap<String, Object>();
                parameters.put(prefix + "principal", pending.principal);
                parameters.put(prefix + "key", pending.key);
                parameters.put(prefix + "hash", pending.fingerprint);
                parameters.put(prefix + "status", response.status());
                parameters.put(prefix + "type", response.contentType());
                parameters.put(prefix + "body", response.body());
                parameters.put(prefix + "now", Timestamp.from(now));
                return parameters;
            }

            @Override
            public void committed() {}
        };
    }

    /** Whether a write failed because its key was already stored (by a request that came first). */
    static boolean isKeyTaken(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            // unique_violation, on this table's primary key: PostgreSQL names the constraint in the message.
            if (cause instanceof SQLException sql
                    && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains('"' + PRIMARY_KEY + '"')) {
                return true;
            }
        }
        return false;
    }

    /** Records a response the handler did not record itself; false when the key was stored already. */
    boolean record(String principal, String key, String fingerprint, Response response) {
        return jdbc.sql("""
                        INSERT INTO idempotency_keys (principal, key, request_hash, status, content_type, body, created_at)
                        VALUES (:p, :k, :hash, :status, :type, :body, :now)
                        ON CONFLICT (principal, key) DO NOTHING
                        """)
                        .param("p", principal)
                        .param("k", key)
                        .param("hash", fingerprint)
                        .param("status", response.status())
                        .param("type", response.contentType())
                        .param("body", response.body())
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /**
     * What is stored for a key that a write found taken: a response to replay, another request's
     * fingerprint, a request still in flight, or nothing (it had expired: it is removed, and the key
     * is as good as new).
     */
    Optional<Claim> lookup(String principal, String key, String fingerprint) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE principal = :p AND key = :k AND created_at < :expired")
                .param("p", principal)
                .param("k", key)
                .param("expired", Timestamp.from(clock.instant().minus(LIFETIME)))
                .update();
        return jdbc.sql(
                        "SELECT request_hash, status, content_type, body FROM idempotency_keys WHERE principal = :p AND key = :k")
                .param("p", principal)
                .param("k", key)
                .query((rs, n) -> claimOf(rs, fingerprint))
                .optional();
    }

    private static Claim claimOf(ResultSet rs, String fingerprint) throws SQLException {
        if (!rs.getString("request_hash").equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        int status = rs.getInt("status");
        if (rs.wasNull()) {
            return new Claim.InFlight();
        }
        return new Claim.Replay(status, rs.getString("content_type"), rs.getBytes("body"));
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
