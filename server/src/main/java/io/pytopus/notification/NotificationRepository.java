package io.pytopus.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code notifications} and {@code pet_nudges} (V5), in plain SQL. Callers own the transactions. */
@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM notifications WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    void insert(Notification notification) {
        jdbc.sql("""
                        INSERT INTO notifications (id, user_id, pet_id, kind, title, body, created_at, read_at)
                        VALUES (:id, :user, :pet, :kind, :title, :body, :created, :read)
                        """)
                .param("id", notification.id())
                .param("user", notification.userId())
                .param("pet", notification.petId())
                .param("kind", notification.kind())
                .param("title", notification.title())
                .param("body", notification.body())
                .param("created", Timestamp.from(notification.createdAt()))
                .param("read", notification.readAt() == null ? null : Timestamp.from(notification.readAt()))
                .update();
    }

    /** A page of the user's notifications, newest first. */
    List<Notification> page(UUID userId, int limit, long offset) {
        return jdbc.sql("""
                        SELECT * FROM notifications
                         WHERE user_id = :user
                         ORDER BY created_at DESC, id DESC
                         LIMIT :limit OFFSET :offset
                        """)
                .param("user", userId)
                .param("limit", limit)
                .param("offset", offset)
                .query(NotificationRepository::notification)
                .list();
    }

    /** How many notifications the user has, and how many of them are unread. */
    Counts counts(UUID userId) {
        return jdbc.sql("""
                        SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread
                          FROM notifications
                         WHERE user_id = :user
                        """)
                .param("user", userId)
                .query((rs, row) -> new Counts(rs.getLong("total"), rs.getLong("unread")))
                .single();
    }

    /** Marks one of the user's notifications read (once: a second call keeps the first instant). */
    boolean markRead(UUID userId, UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE notifications SET read_at = COALESCE(read_at, :at)
                         WHERE id = :id AND user_id = :user
                        """)
                        .param("id", id)
                        .param("user", userId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    List<Notification> allOf(UUID userId) {
        return jdbc.sql("SELECT * FROM notifications WHERE user_id = :user ORDER BY created_at, id")
                .param("user", userId)
                .query(NotificationRepository::notification)
                .list();
    }

    /**
     * Records a nudge about the pet at {@code now} unless one was recorded less than {@code window}
     * before: the nudge window, decided by PostgreSQL in one statement so that no interleaving of
     * schedulers can nudge twice.
     *
     * @return whether the nudge may go out
     */
    boolean startNudge(UUID petId, Instant now, Duration window) {
        return jdbc.sql("""
                        INSERT INTO pet_nudges AS n (pet_id, last_nudged_at) VALUES (:pet, :now)
                        ON CONFLICT (pet_id) DO UPDATE SET last_nudged_at = EXCLUDED.last_nudged_at
                         WHERE n.last_nudged_at <= :windowStart
                        RETURNING pet_id
                        """)
                .param("pet", petId)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    /** When the owner was last nudged about the pet. */
    Optional<Instant> lastNudgeAt(UUID petId) {
        return jdbc.sql("SELECT last_nudged_at FROM pet_nudges WHERE pet_id = :pet")
                .param("pet", petId)
                .query((rs, row) ->
                        rs.getObject("last_nudged_at", OffsetDateTime.class).toInstant())
                .optional();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        var readAt = rs.getObject("read_at", OffsetDateTime.class);
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getObject("pet_id", UUID.class),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    record Counts(long total, long unread) {}
}
