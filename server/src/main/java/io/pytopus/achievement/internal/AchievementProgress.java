package io.pytopus.achievement.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The care progress the achievement worker keeps per owner ({@code achievement_owners}, {@code
 * achievement_cleans}, {@code achievement_care_days}, {@code achievement_firsts}, V13), learned from
 * the events, so judging an event never scans a pet's history (ADR 0026). V13 filled them from the
 * history once. Rows stay small: nothing is recorded for an achievement already unlocked. Callers own
 * the transactions.
 *
 * <p>Each method is one statement: it records with {@code ON CONFLICT} (a redelivery adds nothing,
 * an earlier instant wins) and answers with the rows it wrote plus those already there, which the
 * statement's snapshot shows as they were before; taking the earliest of both gives the state after.
 */
@Repository
class AchievementProgress implements CareProgress {

    private final JdbcClient jdbc;

    AchievementProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the owners' progress until the caller commits, taken in id order by every worker so two
     * never wait on each other in a circle. Two workers judging events of one owner side by side would
     * each miss what the other has recorded and not committed yet (both count 19 cleanings, say, when
     * together they make 20); with the lock, the second waits and then sees it.
     *
     * @return the owners locked: those whose account still exists
     */
    Set<UUID> lock(Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Set.of();
        }
        String[] owners = ownerIds.stream().map(UUID::toString).distinct().toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO achievement_owners (owner_id)
                        SELECT id FROM users WHERE id = ANY (CAST(:owners AS uuid[])) ORDER BY id
                        ON CONFLICT DO NOTHING
                        """).param("owners", owners).update();
        return new HashSet<>(
                jdbc.sql("""
                        SELECT owner_id FROM achievement_owners
                        WHERE owner_id = ANY (CAST(:owners AS uuid[]))
                        ORDER BY owner_id
                        FOR UPDATE
                        """).param("owners", owners).query(UUID.class).list());
    }

    @Override
    public List<Instant> cleanings(UUID ownerId, Collection<Cleaning> cleanings) {
        var pets = new ArrayList<String>();
        var seqs = new ArrayList<String>();
        var ats = new ArrayList<String>();
        cleanings.forEach(cleaning -> {
            pets.add(cleaning.petId().toString());
            seqs.add(Long.toString(cleaning.seq()));
            ats.add(cleaning.at().toString());
        });
        return jdbc.sql("""
                        WITH added AS (
                            INSERT INTO achievement_cleans (owner_id, pet_id, seq, cleaned_at)
                            SELECT :owner, c.pet_id, c.seq, c.cleaned_at
                            FROM unnest(CAST(:pets AS uuid[]), CAST(:seqs AS bigint[]), CAST(:ats AS timestamptz[]))
                                 AS c (pet_id, seq, cleaned_at)
                            ON CONFLICT (pet_id, seq) DO NOTHING
                            RETURNING cleaned_at
                        )
                        SELECT cleaned_at FROM added
                        UNION ALL
                        SELECT cleaned_at FROM achievement_cleans WHERE owner_id = :owner
                        """)
                .param("owner", ownerId)
                .param("pets", pets.toArray(String[]::new))
                .param("seqs", seqs.toArray(String[]::new))
                .param("ats", ats.toArray(String[]::new))
                .query((rs, n) -> rs.getTimestamp("cleaned_at").toInstant())
                .list();
    }

    @Override
    public Map<LocalDate, Instant> careDays(UUID ownerId, Collection<Instant> cares, LocalDate from, LocalDate to) {
        // The first care of each day is all that counts: one row per day.
        var firsts = new HashMap<LocalDate, Instant>();
        cares.forEach(at -> firsts.merge(LocalDate.ofInstant(at, ZoneOffset.UTC), at, AchievementProgress::earlier));
        var days = new ArrayList<String>();
        var ats = new ArrayList<String>();
        firsts.forEach((day, at) -> {
            days.add(day.toString());
            ats.add(at.toString());
        });
        var careDays = new HashMap<LocalDate, Instant>();
        jdbc.sql("""
                        WITH added AS (
                            INSERT INTO achievement_care_days AS d (owner_id, day, first_at)
                            SELECT :owner, c.day, c.first_at
                            FROM unnest(CAST(:days AS date[]), CAST(:ats AS timestamptz[])) AS c (day, first_at)
                            ORDER BY c.day
                            ON CONFLICT (owner_id, day) DO UPDATE SET first_at = excluded.first_at
                                WHERE excluded.first_at < d.first_at
                            RETURNING day, first_at
                        )
                        SELECT day, first_at FROM added
                        UNION ALL
                        SELECT day, first_at FROM achievement_care_days
                        WHERE owner_id = :owner AND day BETWEEN :from AND :to
                        """)
                .param("owner", ownerId)
                .param("days", days.toArray(String[]::new))
                .param("ats", ats.toArray(String[]::new))
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(rs -> {
                    careDays.merge(
                            rs.getDate("day").toLocalDate(),
                            rs.getTimestamp("first_at").toInstant(),
                            AchievementProgress::earlier);
                });
        return careDays;
    }

    @Override
    public Map<UUID, Map<String, Instant>> firsts(UUID ownerId, Kind kind, Collection<First> firsts) {
        if (firsts.isEmpty()) {
            return Map.of();
        }
        var pets = new ArrayList<String>();
        var items = new ArrayList<String>();
        var ats = new ArrayList<String>();
        firsts.forEach(first -> {
            pets.add(first.petId().toString());
            items.add(first.item());
            ats.add(first.at().toString());
        });
        var answer = new HashMap<UUID, Map<String, Instant>>();
        jdbc.sql("""
                        WITH added AS (
                            INSERT INTO achievement_firsts AS f (owner_id, pet_id, kind, item, first_at)
                            SELECT :owner, a.pet_id, :kind, a.item, min(a.first_at)
                            FROM unnest(CAST(:pets AS uuid[]), CAST(:items AS text[]), CAST(:ats AS timestamptz[]))
                                 AS a (pet_id, item, first_at)
                            GROUP BY a.pet_id, a.item
                            ORDER BY a.pet_id, a.item
                            ON CONFLICT (pet_id, kind, item) DO UPDATE SET first_at = excluded.first_at
                                WHERE excluded.first_at < f.first_at
                            RETURNING pet_id, item, first_at
                        )
                        SELECT pet_id, item, first_at FROM added
                        UNION ALL
                        SELECT pet_id, item, first_at FROM achievement_firsts
                        WHERE kind = :kind AND pet_id = ANY (CAST(:pets AS uuid[]))
                        """)
                .param("owner", ownerId)
                .param("kind", kind.name())
                .param("pets", pets.toArray(String[]::new))
                .param("items", items.toArray(String[]::new))
                .param("ats", ats.toArray(String[]::new))
                .query(rs -> {
                    answer.computeIfAbsent(rs.getObject("pet_id", UUID.class), pet -> new HashMap<>())
                            .merge(
                                    rs.getString("item"),
                                    rs.getTimestamp("first_at").toInstant(),
                                    AchievementProgress::earlier);
                });
        return answer;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
