package io.pytopus.account.internal;

import io.pytopus.account.EmailList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} table, in plain SQL. Callers own the transactions. */
@Repository
class AccountRepository {

    private static final RowMapper<Account> ACCOUNT = AccountRepository::account;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the email is taken */
    Account insert(UUID id, String email, String displayName, String passwordHash) {
        return jdbc.sql("""
                        INSERT INTO users (id, email, display_name, password_hash)
                        VALUES (:id, :email, :displayName, :passwordHash)
                        RETURNING *""")
                .param("id", id)
                .param("email", email)
                .param("displayName", displayName)
                .param("passwordHash", passwordHash)
                .query(ACCOUNT)
                .single();
    }

    Optional<Account> findById(UUID id) {
        return jdbc.sql("SELECT * FROM users WHERE id = :id")
                .param("id", id)
                .query(ACCOUNT)
                .optional();
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM users WHERE email = :email")
                .param("email", email)
                .query(ACCOUNT)
                .optional();
    }

    /**
     * Applies a change in one statement, so two concurrent changes to different settings both
     * land (no read-modify-write race). {@code null} leaves a setting as it is.
     */
    Optional<Account> update(UUID id, SettingsChange change) {
        var quietHours = change.quietHours();
        return jdbc.sql("""
                        UPDATE users SET
                            display_name = COALESCE(CAST(:displayName AS TEXT), display_name),
                            time_zone    = COALESCE(CAST(:timeZone AS TEXT), time_zone),
                            quiet_from   = CASE WHEN :setQuietHours THEN CAST(:quietFrom AS TIME) ELSE quiet_from END,
                            quiet_to     = CASE WHEN :setQuietHours THEN CAST(:quietTo AS TIME) ELSE quiet_to END,
                            email_nudges = COALESCE(CAST(:emailNudges AS BOOLEAN), email_nudges),
                            weekly_digest = COALESCE(CAST(:weeklyDigest AS BOOLEAN), weekly_digest),
                            updated_at   = now(),
                            version      = version + 1
                        WHERE id = :id
                        RETURNING *""")
                .param("id", id)
                .param("displayName", change.displayName())
                .param("timeZone", change.timeZone())
                .param("setQuietHours", change.setQuietHours())
                .param("quietFrom", quietHours == null ? null : quietHours.from())
                .param("quietTo", quietHours == null ? null : quietHours.to())
                .param("emailNudges", change.emailNudges())
                .param("weeklyDigest", change.weeklyDigest())
                .query(ACCOUNT)
                .optional();
    }

    /** Users who want the emails of {@code list}, in id order after {@code after}. */
    List<UUID> subscribers(EmailList list, @Nullable UUID after, int limit) {
        return jdbc.sql("SELECT id FROM users WHERE " + column(list) + """
                         AND (CAST(:after AS UUID) IS NULL OR id > :after)
                        ORDER BY id
                        LIMIT :limit""")
                .param("after", after)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** Switches the user's opt-in to {@code list} off; whether the user exists. */
    boolean unsubscribe(UUID userId, EmailList list) {
        return jdbc.sql("UPDATE users SET " + column(list) + """
                         = FALSE, updated_at = now(), version = version + 1
                        WHERE id = :id""")
                        .param("id", userId)
                        .update()
                == 1;
    }

    /** The opt-in column of a list: a constant per list, never user input. */
    private static String column(EmailList list) {
        return switch (list) {
            case NUDGES -> "email_nudges";
            case WEEKLY_DIGEST -> "weekly_digest";
        };
    }

    void updatePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = :hash, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .update();
    }

    /** Deletes the account; rows of other modules that reference it go by cascade. */
    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM users WHERE id = :id").param("id", id).update() == 1;
    }

    private static Account account(ResultSet row, int rowNumber) throws SQLException {
        var quietFrom = row.getObject("quiet_from", LocalTime.class);
        var quietTo = row.getObject("quiet_to", LocalTime.class);
        return new Account(
                row.getObject("id", UUID.class),
                row.getString("email"),
                row.getString("display_name"),
                row.getString("password_hash"),
                row.getString("time_zone"),
                quietHours(quietFrom, quietTo),
                row.getBoolean("email_nudges"),
                row.getBoolean("weekly_digest"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                row.getLong("version"));
    }

    private static @Nullable QuietHours quietHours(@Nullable LocalTime from, @Nullable LocalTime to) {
        return from == null || to == null ? null : new QuietHours(from, to);
    }
}
