package io.pytopus.achievement.internal;

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
import java.util.TreeMap;
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
 * <p>Each method is one statement for all the owners of a batch: it records with {@code ON CONFLICT}
 * (a redelivery adds nothing, an earlier instant wins) and answers with the rows it wrote plus those
 * already there, which the statement's snapshot shows as they were before; taking the earliest of
 * both gives the state after.
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
    public Map<UUID, List<Instant>> cleanings(Map<UUID, List<Cleaning>> byOwner) {
        var owners = new ArrayList<String>();
        var pets = new ArrayList<String>();
        var seqs = new ArrayList<String>();
        var ats = new ArrayList<String>();
        byOwner.forEach((owner, cleanings) -> cleanings.forEach(cleaning -> {
            owners.add(owner.toString());
            pets.add(cleaning.petId().toString());
            seqs.add(Long.toString(cleaning.seq()));
            ats.add(cleaning.at().toString());
        }));
        var answer = new HashMap<UUID, List<Instant>>();
        jdbc.sql("""
                        WITH added AS (
                            INSERT INTO achievement_cleans (owner_id, pet_id, seq, cleaned_at)
                            SELECT c.owner_id, c.pet_id, c.seq, c.cleaned_at
                            FROM unnest(CAST(:owners AS uuid[]), CAST(:pets AS uuid[]), CAST(:seqs AS bigint[]),
                                        CAST(:ats AS timestamptz[]))
                                 AS c (owner_id, pet_id, seq, cleaned_at)
                            ORDER BY c.pet_id, c.seq
                            ON CONFLICT (pet_id, seq) DO NOTHING
                            RETURNING owner_id, cleaned_at
                        )
                        SELECT owner_id, cleaned_at FROM added
                        UNION ALL
                        SELECT owner_id, cleaned_at FROM achievement_cleans
                        WHERE owner_id = ANY (CAST(:owners AS uuid[]))
                        """)
                .param("owners", owners.toArray(String[]::new))
                .param("pets", pets.toArray(String[]::new))
                .param("seqs", seqs.toArray(String[]::new))
                .param("ats", ats.toArray(String[]::new))
                .query(rs -> {
                    answer.computeIfAbsent(rs.getObject("owner_id", UUID.class), owner -> new ArrayList<>())
                            .add(rs.getTimestamp("cleaned_at").toInstant());
                });
        return answer;
    }

    @Override
    public Map<UUID, Map<LocalDate, Instant>> careDays(Map<UUID, List<Instant>> byOwner, int around) {
        var owners = new ArrayList<String>();
        var days = new ArrayList<String>();
        var ats = new ArrayList<String>();
        var rangeOwners = new ArrayList<String>();
        var froms = new ArrayList<String>();
        var tos = new ArrayList<String>();
        byOwner.forEach((owner, cares) -> {
            // The first care of each day is all that counts: one row per owner and day.
            var firsts = new TreeMap<LocalDate, Instant>();
            cares.forEach(
                    at -> firsts.merge(LocalDate.ofInstant(at, ZoneOffset.UTC), at, AchievementProgress::earlier));
            firsts.forEach((day, at) -> {
                owners.add(owner.toString());
                days.add(day.toString());
                ats.add(at.toString());
            });
            rangeOwners.add(owner.toString());
            froms.add(firsts.firstKey().minusDays(around).toString());
            tos.add(firsts.lastKey().plusDays(around).toString());
        });
        var answer = new HashMap<UUID, Map<LocalDate, Instant>>();
        jdbc.sql("""
                        WITH added AS (
                            INSERT INTO achievement_care_days AS d (owner_id, day, first_at)
                            SELECT c.owner_id, c.day, c.first_at
                            FROM unnest(CAST(:owners AS uuid[]), CAST(:days AS date[]), CAST(:ats AS timestamptz[]))
                                 AS c (owner_id, day, first_at)
                            ORDER BY c.owner_id, c.day
                            ON CONFLICT (owner_id, day) DO UPDATE SET first_at = excluded.first_at
                                WHERE excluded.first_at < d.first_at
                            RETURNING owner_id, day, first_at
                        ), ranges AS (
                            SELECT * FROM unnest(CAST(:rangeOwners AS uuid[]), CAST(:froms AS date[]), CAST(:tos AS date[]))
                                AS r (owner_id, from_day, to_day)
                        )
                        SELECT owner_id, day, first_at FROM added
                        UNION ALL
                        SELECT d.owner_id, d.day, d.first_at
                        FROM achievement_care_days d JOIN ranges r ON r.owner_id = d.owner_id
                        WHERE d.day BETWEEN r.from_day AND r.to_day
                        """)
                .param("owners", owners.toArray(String[]::new))
                .param("days", days.toArray(String[]::new))
                .param("ats", ats.toArray(String[]::new))
                .param("rangeOwners", rangeOwners.toArray(String[]::new))
                .param("froms", froms.toArray(String[]::new))
                .param("tos", tos.toArray(String[]::new))
                .query(rs -> {
                    answer.computeIfAbsent(rs.getObject("owner_id", UUID.class), owner -> new HashMap<>())
                            .merge(
                                    rs.getDate("day").toLocalDate(),
                                    rs.getTimestamp("first_at").toInstant(),
                                    AchievementProgress::earlier);
                });
        return answer;
    }

    @Override
    public Map<UUID, Map<String, Instant>> firsts(Kind kind, Map<UUID, List<First>> byOwner) {
        var owners = new ArrayList<String>();
        var pets = new ArrayList<String>();
        var items = new ArrayList<String>();
        var ats = new ArrayList<String>();
        byOwner.forEach((owner, firsts) -> firsts.forEach(first -> {
            owners.add(owner.toString());
            pets.add(first.petId().toString());
            items.add(first.item());
            ats.add(first.at().toString());
        }));
        var answer = new HashMap<UUID, Map<String, Instant>>();
        jdbc.sql("""
                        WITH added AS (
                            INSERT INTO achievement_firsts AS f (owner_id, pet_id, kind, item, first_at)
                            SELECT a.owner_id, a.pet_id, :kind, a.item, min(a.first_at)
                            FROM unnest(CAST(:owners AS uuid[]), CAST(:pets AS uuid[]), CAST(:items AS text[]),
                                        CAST(:ats AS timestamptz[]))
                                 AS a (owner_id, pet_id, item, first_at)
                            GROUP BY a.owner_id, a.pet_id, a.item
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
                .param("kind", kind.name())
                .param("owners", owners.toArray(String[]::new))
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
