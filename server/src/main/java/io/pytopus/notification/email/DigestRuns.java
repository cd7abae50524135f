package io.pytopus.notification.email;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code digest_runs} (V8): how far each week's digest run has enqueued. Callers own the transactions. */
@Repository
class DigestRuns {

    private final JdbcClient jdbc;

    DigestRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts the week's run unless it exists; whether it was new. */
    boolean start(LocalDate weekStart, Instant now) {
        return jdbc.sql("""
                                INSERT INTO digest_runs (week_start, started_at) VALUES (:week, :now)
                                ON CONFLICT (week_start) DO NOTHING
                                """)
                        .param("week", Date.valueOf(weekStart))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** The weeks whose runs have not finished, oldest first. */
    List<LocalDate> unfinished() {
        return jdbc.sql("SELECT week_start FROM digest_runs WHERE finished_at IS NULL ORDER BY week_start")
                .query(LocalDate.class)
                .list();
    }

    /** Locks an unfinished run, skipping it if another worker is carrying it on. */
    Optional<Cursor> lockUnfinished(LocalDate weekStart) {
        return jdbc.sql("""
                        SELECT last_user_id, enqueued FROM digest_runs
                         WHERE week_start = :week AND finished_at IS NULL
                           FOR UPDATE SKIP LOCKED
                        """)
                .param("week", Date.valueOf(weekStart))
                .query((rs, row) -> new Cursor(rs.getObject("last_user_id", UUID.class), rs.getInt("enqueued")))
                .optional();
    }

    void advance(LocalDate weekStart, UUID lastUserId, int enqueued) {
        jdbc.sql("UPDATE digest_runs SET last_user_id = :last, enqueued = :enqueued WHERE week_start = :week")
                .param("week", Date.valueOf(weekStart))
                .param("last", lastUserId)
                .param("enqueued", enqueued)
                .update();
    }

    void finish(LocalDate weekStart, Instant now) {
        jdbc.sql("UPDATE digest_runs SET finished_at = :now WHERE week_start = :week")
                .param("week", Date.valueOf(weekStart))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** How far a run got: the last user whose job is enqueued, and how many jobs so far. */
    record Cursor(@Nullable UUID lastUserId, int enqueued) {}
}
