package io.pytopus.notification.email;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
     * Counts events for their pets' weeks, each once: an event id seen before adds nothing, also when
     * another worker counts a copy at the same time (the second waits for the first, then skips it).
     * Two statements for any number of events: the ids first, then the sums, each in one order for
     * every worker, so two of them never wait on each other in a circle.
     *
     * @return how many of the events counted
     */
    int countAll(Collection<Counted> events, Instant now) {
        if (events.isEmpty()) {
            return 0;
        }
        var byId = new HashMap<UUID, Counted>();
        events.forEach(event -> byId.putIfAbsent(event.eventId(), event));
        var first = new HashSet<>(jdbc.sql("""
                        INSERT INTO tallied_events (event_id, tallied_at)
                        SELECT e, :now FROM unnest(CAST(:events AS uuid[])) AS e ORDER BY e
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING event_id
                        """)
                .param("events", byId.keySet().stream().map(UUID::toString).toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .list());
        var sums = new HashMap<Week, int[]>();
        first.forEach(id -> {
            var event = byId.get(id);
            sums.computeIfAbsent(new Week(event.petId(), event.weekStart()), week -> new int[Figure.values().length])[
                    event.figure().ordinal()]++;
        });
        if (sums.isEmpty()) {
            return 0;
        }
        var pets = new ArrayList<String>();
        var weeks = new ArrayList<String>();
        var tricks = new ArrayList<String>();
        var waves = new ArrayList<String>();
        var cares = new ArrayList<String>();
        sums.forEach((week, figures) -> {
            pets.add(week.petId().toString());
            weeks.add(week.start().toString());
            tricks.add(Integer.toString(figures[Figure.TRICKS_LEARNED.ordinal()]));
            waves.add(Integer.toString(figures[Figure.WAVES_RECEIVED.ordinal()]));
            cares.add(Integer.toString(figures[Figure.CARE_ACTIONS.ordinal()]));
        });
        jdbc.sql("""
                        INSERT INTO pet_week_tallies AS t (pet_id, week_start, tricks_learned, waves_received, care_actions)
                        SELECT u.pet_id, u.week_start, u.tricks, u.waves, u.cares
                        FROM unnest(CAST(:pets AS uuid[]), CAST(:weeks AS date[]), CAST(:tricks AS int[]),
                                    CAST(:waves AS int[]), CAST(:cares AS int[]))
                             AS u (pet_id, week_start, tricks, waves, cares)
                        ORDER BY u.pet_id, u.week_start
                        ON CONFLICT (pet_id, week_start) DO UPDATE SET
                            tricks_learned = t.tricks_learned + excluded.tricks_learned,
                            waves_received = t.waves_received + excluded.waves_received,
                            care_actions = t.care_actions + excluded.care_actions
                        """)
                .param("pets", pets.toArray(String[]::new))
                .param("weeks", weeks.toArray(String[]::new))
                .param("tricks", tricks.toArray(String[]::new))
                .param("waves", waves.toArray(String[]::new))
                .param("cares", cares.toArray(String[]::new))
                .update();
        return first.size();
    }

    /** An event to count: its id, its pet, the Monday its week starts on, and what it counts as. */
    record Counted(UUID eventId, UUID petId, LocalDate weekStart, Figure figure) {}

    private record Week(UUID petId, LocalDate start) {}

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
        TRICKS_LEARNED,
        WAVES_RECEIVED,
        CARE_ACTIONS
    }

    record Tally(int tricksLearned, int wavesReceived, int careActions) {
        static final Tally NONE = new Tally(0, 0, 0);
    }
}
