package io.pytopus.notification.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code email_deliveries} (V8): every email meant to be sent, keyed by its dedupe key. Callers own
 * the transactions; a pending email is sent only while its row is locked by the sender's one.
 */
@Repository
class EmailOutbox {

    private final JdbcClient jdbc;

    EmailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new email, pending and due at once, unless one with its dedupe key exists (in any
     * state): that is what makes every email go out at most once per key.
     *
     * @return whether it was new
     */
    boolean enqueue(Delivery email) {
        return jdbc.sql("""
                        INSERT INTO email_deliveries
                            (dedupe_key, user_id, kind, recipient, subject, text_body, html_body, unsubscribe_url,
                             message_id, status, attempts, next_attempt_at, expires_at, created_at)
                        VALUES (:key, :user, :kind, :recipient, :subject, :text, :html, :unsubscribe,
                                :messageId, 'PENDING', 0, :created, :expires, :created)
                        ON CONFLICT (dedupe_key) DO NOTHING
                        """)
                        .param("key", email.dedupeKey())
                        .param("user", email.userId())
                        .param("kind", email.kind().name())
                        .param("recipient", email.recipient())
                        .param("subject", email.content().subject())
                        .param("text", email.content().text())
                        .param("html", email.content().html())
                        .param("unsubscribe", email.unsubscribeUrl())
                        .param("messageId", email.messageId())
                        .param("created", Timestamp.from(email.createdAt()))
                        .param("expires", Timestamp.from(email.expiresAt()))
                        .update()
                == 1;
    }

    /** Locks the email with this key if it is pending and due, skipping it if another sender holds it. */
    Optional<Delivery> lockDue(String dedupeKey, Instant now) {
        return jdbc.sql("""
                        SELECT * FROM email_deliveries
                         WHERE dedupe_key = :key AND status = 'PENDING' AND next_attempt_at <= :now
                           FOR UPDATE SKIP LOCKED
                        """)
                .param("key", dedupeKey)
                .param("now", Timestamp.from(now))
                .query(EmailOutbox::delivery)
                .optional();
    }

    /** Locks the pending email due the longest, skipping those other senders hold. */
    Optional<Delivery> lockNextDue(Instant now) {
        return jdbc.sql("""
                        SELECT * FROM email_deliveries
                         WHERE status = 'PENDING' AND next_attempt_at <= :now
                         ORDER BY next_attempt_at
                         LIMIT 1
                           FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now))
                .query(EmailOutbox::delivery)
                .optional();
    }

    /** Ends a locked email: {@code SENT}, {@code CANCELLED} or {@code EXPIRED}. */
    void finish(String dedupeKey, Status status, Instant at) {
        jdbc.sql("""
                        UPDATE email_deliveries SET status = :status, finished_at = :at
                         WHERE dedupe_key = :key AND status = 'PENDING'
                        """)
                .param("key", dedupeKey)
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A failed attempt: counted, with its error, and the next one scheduled. */
    void failed(String dedupeKey, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("""
                        UPDATE email_deliveries SET attempts = :attempts, next_attempt_at = :next, last_error = :error
                         WHERE dedupe_key = :key AND status = 'PENDING'
                        """)
                .param("key", dedupeKey)
                .param("attempts", attempts)
                .param("next", Timestamp.from(nextAttemptAt))
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .update();
    }

    /** Not now (the recipient's quiet hours): due again at {@code at}, no attempt counted. */
    void postpone(String dedupeKey, Instant at) {
        jdbc.sql("UPDATE email_deliveries SET next_attempt_at = :at WHERE dedupe_key = :key AND status = 'PENDING'")
                .param("key", dedupeKey)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Forgets finished emails older than {@code before}; their keys go with them. */
    int pruneFinished(Instant before) {
        return jdbc.sql("DELETE FROM email_deliveries WHERE status <> 'PENDING' AND finished_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                rs.getString("dedupe_key"),
                rs.getObject("user_id", UUID.class),
                EmailKind.valueOf(rs.getString("kind")),
                rs.getString("recipient"),
                new RenderedEmail(rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body")),
                rs.getString("unsubscribe_url"),
                rs.getString("message_id"),
                rs.getInt("attempts"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    enum Status {
        SENT,
        CANCELLED,
        EXPIRED
    }

    /**
     * One email of the outbox.
     *
     * @param recipient the address, with the user's name ({@code "Inky's keeper" <ink@example.com>})
     * @param messageId the {@code Message-ID} header, derived from the dedupe key
     * @param attempts failed attempts so far
     */
    record Delivery(
            String dedupeKey,
            UUID userId,
            EmailKind kind,
            String recipient,
            RenderedEmail content,
            String unsubscribeUrl,
            String messageId,
            int attempts,
            Instant createdAt,
            Instant expiresAt) {}
}
