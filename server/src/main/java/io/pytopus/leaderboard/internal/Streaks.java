package io.pytopus.leaderboard.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The care days and streaks the leaderboard worker keeps per pet ({@code leaderboard_care_days},
 * {@code leaderboard_streaks}, V13), learned from {@code CareGiven} events (ADR 0026). Both are
 * derived: {@link #rebuildFromHistory()} recomputes them from the pet's actions. Callers own the
 * transactions.
 *
 * <p>Safe for several workers at once and for events that come twice or late: a day is recorded once
 * (its primary key), and only the transaction that recorded it applies it to the streak, under the
 * streak row's lock, so two days of one pet handled side by side are applied one after the other.
 */
@Repository
class Streaks {

    /** The care actions of {@code pet_actions} (vacations and releases are not care). */
    static final String CARE = "'FEED', 'PLAY', 'CLEAN', 'SLEEP', 'WAKE', 'STROKE', 'TRAIN', 'HEAL'";

    private final JdbcClient jdbc;

    Streaks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the care days, in one statement.
     *
     * @return the days not recorded before, of pets that still exist
     */
    List<PetDay> record(Collection<PetDay> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        var unique = List.copyOf(new HashSet<>(days));
        // One order for every writer, so two of them never wait on each other in a circle.
        return jdbc.sql("""
                        INSERT INTO leaderboard_care_days (pet_id, day)
                        SELECT d.pet_id, d.day
                        FROM unnest(CAST(:pets AS uuid[]), CAST(:days AS date[])) AS d (pet_id, day)
                        WHERE EXISTS (SELECT 1 FROM pets WHERE id = d.pet_id)
                        ORDER BY d.pet_id, d.day
                        ON CONFLICT DO NOTHING
                        RETURNING pet_id, day
                        """)
                .param(
                        "pets",
                        unique.stream().map(day -> day.petId().toString()).toArray(String[]::new))
                .param("days", unique.stream().map(day -> day.day().toString()).toArray(String[]::new))
                .query((rs, n) -> new PetDay(
                        rs.getObject("pet_id", UUID.class), rs.getDate("day").toLocalDate()))
                .list();
    }

    /**
     * Applies newly recorded days to their pets' streaks, holding each streak row's lock (taken in id
     * order) until the caller commits.
     *
     * @param days days {@link #record(Collection)} returned in this transaction
     * @return the pets whose best run grew: their place on the board changes
     */
    Set<UUID> apply(Collection<PetDay> days) {
        if (days.isEmpty()) {
            return Set.of();
        }
        var byPet = new TreeMap<UUID, TreeSet<LocalDate>>();
        days.forEach(day ->
                byPet.computeIfAbsent(day.petId(), pet -> new TreeSet<>()).add(day.day()));
        String[] pets = byPet.keySet().stream().map(UUID::toString).toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO leaderboard_streaks (pet_id, last_day, current_days, best_days)
                        SELECT p, NULL, 0, 0 FROM unnest(CAST(:pets AS uuid[])) AS p ORDER BY p
                        ON CONFLICT DO NOTHING
                        """).param("pets", pets).update();
        var before = new LinkedHashMap<UUID, Streak>();
        jdbc.sql("""
                        SELECT pet_id, last_day, current_days, best_days FROM leaderboard_streaks
                        WHERE pet_id = ANY (CAST(:pets AS uuid[]))
                        ORDER BY pet_id
                        FOR UPDATE
                        """).param("pets", pets).query(rs -> {
            Date last = rs.getDate("last_day");
            before.put(
                    rs.getObject("pet_id", UUID.class),
                    new Streak(
                            last == null ? null : last.toLocalDate(),
                            rs.getInt("current_days"),
                            rs.getInt("best_days")));
        });
        var after = new LinkedHashMap<UUID, Streak>();
        var grew = new HashSet<UUID>();
        before.forEach((pet, streak) -> {
            var applied = applied(pet, streak, byPet.get(pet));
            if (!applied.equals(streak)) {
                after.put(pet, applied);
            }
            if (applied.bestDays() > streak.bestDays()) {
                grew.add(pet);
            }
        });
        save(after);
        return grew;
    }

    /** The streak with the new days, in order; a day before the last one means counting every day. */
    private Streak applied(UUID pet, Streak streak, TreeSet<LocalDate> newDays) {
        var result = streak;
        for (var day : newDays) {
            var next = result.with(day);
            if (next.isEmpty()) {
                // Its own days and those of committed transactions, which applied theirs already.
                return Streak.of(daysOf(pet));
            }
            result = next.get();
        }
        return result;
    }

    private List<LocalDate> daysOf(UUID pet) {
        return jdbc.sql("SELECT day FROM leaderboard_care_days WHERE pet_id = :pet")
                .param("pet", pet)
                .query((rs, n) -> rs.getDate("day").toLocalDate())
                .list();
    }

    private void save(Map<UUID, Streak> streaks) {
        if (streaks.isEmpty()) {
            return;
        }
        var pets = new ArrayList<String>();
        var lasts = new ArrayList<String>();
        var currents = new ArrayList<String>();
        var bests = new ArrayList<String>();
        streaks.forEach((pet, streak) -> {
            pets.add(pet.toString());
            lasts.add(streak.lastDay() == null ? null : streak.lastDay().toString());
            currents.add(Integer.toString(streak.currentDays()));
            bests.add(Integer.toString(streak.bestDays()));
        });
        jdbc.sql("""
                        UPDATE leaderboard_streaks s
                        SET last_day = u.last_day, current_days = u.current_days, best_days = u.best_days
                        FROM unnest(CAST(:pets AS uuid[]), CAST(:lasts AS date[]),
                                    CAST(:currents AS int[]), CAST(:bests AS int[]))
                             AS u (pet_id, last_day, current_days, best_days)
                        WHERE s.pet_id = u.pet_id
                        """)
                .param("pets", pets.toArray(String[]::new))
                .param("lasts", lasts.toArray(String[]::new))
                .param("currents", currents.toArray(String[]::new))
                .param("bests", bests.toArray(String[]::new))
                .update();
    }

    /**
     * Recomputes every pet's care days and streak from its stored actions ({@code pet_actions}), the
     * truth they are derived from; V13 filled them the same way. Workers wait meanwhile (the tables
     * are locked, care days first, as the workers lock them), then go on from the recomputed rows.
     */
    void rebuildFromHistory() {
        jdbc.sql("LOCK TABLE leaderboard_care_days, leaderboard_streaks IN SHARE ROW EXCLUSIVE MODE")
                .update();
        jdbc.sql("DELETE FROM leaderboard_care_days").update();
        jdbc.sql("""
                        INSERT INTO leaderboard_care_days (pet_id, day)
                        SELECT DISTINCT pet_id, CAST(acted_at AT TIME ZONE 'UTC' AS date)
                        FROM pet_actions WHERE type IN (%s)
                        """.formatted(CARE)).update();
        jdbc.sql("DELETE FROM leaderboard_streaks").update();
        // Gaps and islands: consecutive days minus their row number are constant within a run.
        jdbc.sql("""
                        WITH runs AS (
                            SELECT pet_id, max(day) AS last_day, count(*) AS days
                            FROM (SELECT pet_id, day,
                                         day - CAST(row_number() OVER (PARTITION BY pet_id ORDER BY day) AS int) AS island
                                  FROM leaderboard_care_days) d
                            GROUP BY pet_id, island
                        )
                        INSERT INTO leaderboard_streaks (pet_id, last_day, current_days, best_days)
                        SELECT DISTINCT ON (pet_id) pet_id, last_day, days, max(days) OVER (PARTITION BY pet_id)
                        FROM runs
                        ORDER BY pet_id, last_day DESC
                        """).update();
    }
}
