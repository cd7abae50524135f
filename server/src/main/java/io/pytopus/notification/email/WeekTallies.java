package io.pytopus.notification.email;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code pet_week_tallies} and {@code tallied_events} (V8). Callers own the transactions. */
@Repository
class WeekTallies {

    private final JdbcClient jdbc;

    WeekTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one event for a pet's week, once: an event id seen before adds nothing.
     *
     * @return whether it counted
     */
    boolean count(UUID eventId, UUID petId, LocalDate weekStart, Figure figure, Instant now) {
        boolean first = jdbc.sql("""
                                INSERT INTO tallied_events (event_id, tallied_at) VALUES (:event, :now)
                                ON CONFLICT (event_id) DO NOTHING
                                """)
                        .param("event", eventId)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
        if (!first) {
            return false;
        }
        // The column is one of three constants, never input.
        String column = figure.column;
        jdbc.sql("INSERT INTO pet_week_tallies AS t (pet_id, week_start, " + column + ") VALUES (:pet, :week, 1)"
                        + " ON CONFLICT (pet_id, week_start) DO UPDATE SET " + column + " = t." + column + " + 1")
                .param("pet", petId)
                .param("week", Date.valueOf(weekStart))
                .update();
        return true;
    }

    /** The week's figures of each of the pets; a pet without any is missing from the map. */
    Map<UUID, Tally> of(Collection<UUID> petIds, LocalDate weekStart) {
        Map<UUID, Tally> tallies = new HashMap<>();
        if (petIds.isEmpty()) {
            return tallies;
        }
        jdbc.sql("""
                        SELECT pet_id, tricks_learned, waves_received, care_actions FROM pet_week_tallies
                         WHERE pet_id IN (:pets) AND week_start = :week
                        """)
                .param("pets", petIds)
                .param("week", Date.valueOf(weekStart))
                .query(rs -> {
                    tallies.put(
                            rs.getObject("pet_id", UUID.class),
                            new Tally(
                                    rs.getInt("tricks_learned"),
                                    rs.getInt("waves_received"),
                                    rs.getInt("care_actions")));
                });
        return tallies;
    }

    /** Forgets weeks that started before {@code week} and events counted before {@code at}. */
    int prune(LocalDate week, Instant at) {
        int tallies = jdbc.sql("DELETE FROM pet_week_tallies WHERE week_start < :week")
                .param("week", Date.valueOf(week))
                .update();
        int events = jdbc.sql("DELETE FROM tallied_events WHERE tallied_at < :at")
                .param("at", Timestamp.from(at))
                .update();
        return tallies + events;
    }

    enum Figure {
        TRICKS_LEARNED("tricks_learned"),
        WAVES_RECEIVED("waves_received"),
        CARE_ACTIONS("care_actions");

        private final String column;

        Figure(String column) {
            this.column = column;
        }
    }

    record Tally(int tricksLearned, int wavesReceived, int careActions) {
        static final Tally NONE = new Tally(0, 0, 0);
    }
}
