package io.pytopus.account.internal;

import io.pytopus.account.PytopusUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code user_sessions} table (V12): the store of record of sign-in sessions. Each row is keyed
 * by the SHA-256 of the cookie's token, never the token, and holds the principal as JSON. Every
 * statement stands alone (autocommit) unless the caller runs it in a transaction.
 */
@Repository
class SessionRepository {

    private static final Logger log = LoggerFactory.getLogger(SessionRepository.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SessionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(SessionHash hash, PytopusUser user, Instant now, Instant idleExpiresAt, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO user_sessions
                            (token_hash, user_id, principal, created_at, last_seen_at, idle_expires_at, expires_at)
                        VALUES (:hash, :userId, CAST(:principal AS JSONB), :now, :now, :idleExpiresAt, :expiresAt)""")
                .param("hash", hash.bytes())
                .param("userId", user.id())
                .param("principal", principal(user))
                .param("now", timestamp(now))
                .param("idleExpiresAt", timestamp(idleExpiresAt))
                .param("expiresAt", timestamp(expiresAt))
                .update();
    }

    /** The session, if it exists and has not ended at {@code now}. */
    Optional<StoredSession> findValid(SessionHash hash, Instant now) {
        return jdbc
                .sql("""
                        SELECT principal, last_seen_at, idle_expires_at, expires_at FROM user_sessions
                        WHERE token_hash = :hash AND idle_expires_at > :now AND expires_at > :now""")
                .param("hash", hash.bytes())
                .param("now", timestamp(now))
                .query(this::session)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * Moves the last-seen time and the idle expiry, unless another request (on any instance) already
     * did within the interval: the condition makes concurrent touches write once.
     */
    void touch(SessionHash hash, Instant now, Instant idleExpiresAt, Instant touchedBefore) {
        jdbc.sql("""
                        UPDATE user_sessions SET last_seen_at = :now, idle_expires_at = :idleExpiresAt
                        WHERE token_hash = :hash AND last_seen_at <= :touchedBefore""")
                .param("hash", hash.bytes())
                .param("now", timestamp(now))
                .param("idleExpiresAt", timestamp(idleExpiresAt))
                .param("touchedBefore", timestamp(touchedBefore))
                .update();
    }

    /** Puts the user's new display name into every session of theirs. */
    int updatePrincipal(PytopusUser user) {
        return jdbc.sql("UPDATE user_sessions SET principal = CAST(:principal AS JSONB) WHERE user_id = :userId")
                .param("userId", user.id())
                .param("principal", principal(user))
                .update();
    }

    /** Deletes the session; the user it belonged to, if it existed. */
    Optional<UUID> delete(SessionHash hash) {
        return jdbc.sql("DELETE FROM user_sessions WHERE token_hash = :hash RETURNING user_id")
                .param("hash", hash.bytes())
                .query(UUID.class)
                .optional();
    }

    int deleteAllOf(UUID userId) {
        return jdbc.sql("DELETE FROM user_sessions WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }

    /** Deletes the sessions that ended before {@code now}; idle expiries never pass absolute ones. */
    int deleteEnded(Instant now) {
        return jdbc.sql("DELETE FROM user_sessions WHERE idle_expires_at <= :now")
                .param("now", timestamp(now))
                .update();
    }

    private String principal(PytopusUser user) {
        return json.writeValueAsString(new StoredPrincipal(user.id(), user.email(), user.displayName()));
    }

    /** The session, or {@code null} when its principal can no longer be read: signed out, not an error. */
    private @Nullable StoredSession session(ResultSet row, int rowNumber) throws SQLException {
        PytopusUser user;
        try {
            var principal = json.readValue(row.getString("principal"), StoredPrincipal.class);
            user = new PytopusUser(principal.id(), principal.email(), principal.displayName());
        } catch (JacksonException | NullPointerException e) {
            log.warn("A session's principal is unreadable; it counts as signed out: {}", e.toString());
            return null;
        }
        return new StoredSession(
                user, instant(row, "last_seen_at"), instant(row, "idle_expires_at"), instant(row, "expires_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The principal's stored form: its own type, so what {@link PytopusUser} exposes (such as {@code
     * getName()}) never changes what is stored.
     */
    record StoredPrincipal(UUID id, String email, String displayName) {}
}
