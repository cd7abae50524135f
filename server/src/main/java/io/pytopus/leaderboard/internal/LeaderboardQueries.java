package io.pytopus.leaderboard.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The boards computed by SQL from the pet module's tables ({@code pets}, {@code pet_actions}), the
 * reef's wave counts ({@code reef_pet_stats}) and the account's display names: the source of every
 * Redis score (per pet and for a rebuild) and the answer itself while Redis is down. One query per
 * board serves all three uses, so Redis and PostgreSQL rank alike. The one exception is the worker's
 * per-pet streak ({@link #keysOf}), read from the streaks it keeps ({@code leaderboard_streaks}, ADR
 * 0026) rather than counted from the history on every event; they hold the same days.
 */
@Repository
class LeaderboardQueries {

    private final JdbcClient jdbc;
    private final double timeScale;

    LeaderboardQueries(JdbcClient jdbc, @Value("${pytopus.simulation.time-scale:1}") double timeScale) {
        this.jdbc = jdbc;
        this.timeScale = timeScale;
    }

    /**
     * The keys of these pets on the board, for the worker; a pet missing from the answer does not
     * belong there (gone, no tricks…). The streak comes from the streaks the worker keeps ({@code
     * leaderboard_streaks}), which equal what the history gives once the worker has caught up; the
     * other boards read the same query as everywhere else.
     */
    Map<UUID, Double> keysOf(Board board, Collection<UUID> petIds) {
        if (petIds.isEmpty()) {
            return Map.of();
        }
        String sql =
                board == Board.LONGEST_STREAK ? """
                SELECT p.id, CAST(-s.best_days AS float8) AS key
                FROM pets p JOIN leaderboard_streaks s ON s.pet_id = p.id
                WHERE p.status IN ('ACTIVE', 'ON_VACATION') AND s.best_days > 0 AND p.id IN (:pets)
                """ : keys(board, "AND p.id IN (:pets)") + " SELECT id, key FROM keys";
        return jdbc
                .sql(sql)
                .param("pets", petIds)
                .param("scale", timeScale)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getDouble("key")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every pet's key on the board, for a rebuild. */
    Map<UUID, Double> allKeys(Board board) {
        return jdbc
                .sql(keys(board, "") + " SELECT id, key FROM keys")
                .param("scale", timeScale)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getDouble("key")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The first {@code limit} places, best first. */
    List<Placed> top(Board board, int limit) {
        return jdbc.sql(keys(board, "") + """
                         SELECT id, name, display_name, key FROM keys ORDER BY key, id LIMIT :limit
                        """)
                .param("scale", timeScale)
                .param("limit", limit)
                .query((rs, n) -> new Placed(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("display_name"),
                        rs.getDouble("key")))
                .list();
    }

    /** The best (lowest) 0-based place of any of the owner's pets, or {@code null} if none is on it. */
    @Nullable
    Long bestPlaceOf(Board board, UUID ownerId) {
        return jdbc.sql(keys(board, "") + """
                        , ranked AS (SELECT owner_id, row_number() OVER (ORDER BY key, id) - 1 AS place FROM keys)
                        SELECT min(place) FROM ranked WHERE owner_id = :owner
                        """)
                .param("scale", timeScale)
                .param("owner", ownerId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /**
     * Names of the pets still in their owner's care among {@code petIds}, by id: a pet that left (or
     * was deleted) is missing, so a reader drops it from Redis even if a late write put it back.
     */
    Map<UUID, Names> names(Collection<UUID> petIds) {
        if (petIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT p.id, p.name, u.display_name FROM pets p JOIN users u ON u.id = p.owner_id
                        WHERE p.id IN (:ids) AND p.status IN ('ACTIVE', 'ON_VACATION')
                        """)
                .param("ids", petIds)
                .query((rs, n) ->
                        new Names(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("display_name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Names::petId, Function.identity()));
    }

    /** The ids of the owner's pets, for their ranks in Redis. */
    List<UUID> petsOf(UUID ownerId) {
        return jdbc.sql("SELECT id FROM pets WHERE owner_id = :owner AND status IN ('ACTIVE', 'ON_VACATION')")
                .param("owner", ownerId)
                .query(UUID.class)
                .list();
    }

    /**
     * A {@code WITH} clause ending in {@code keys (id, owner_id, name, display_name, key)}: the
     * board's entries, pets that left (escaped, released) excluded.
     */
    private static String keys(Board board, String petFilter) {
        String present = """
                WITH present AS (
                    SELECT p.id, p.owner_id, p.name, u.display_name, p.state, p.updated_at
                    FROM pets p JOIN users u ON u.id = p.owner_id
                    WHERE p.status IN ('ACTIVE', 'ON_VACATION') %s
                )
                """.formatted(petFilter);
        return present
                + switch (board) {
                    // The instant it would have hatched had it never been on vacation, in epoch milliseconds:
                    // a constant while it lives in the tank, so the sorted set needs no ticking.
                    case OLDEST -> """
                    , keys AS (
                        SELECT id, owner_id, name, display_name,
                               CAST(extract(epoch FROM updated_at) * 1000 AS float8)
                                 - CAST(state -> 'timers' ->> 'activeAgeHours' AS float8) * 3600000 / :scale AS key
                        FROM present
                    )
                    """;
                    case MOST_TRICKS -> """
                    , counted AS (
                        SELECT id, owner_id, name, display_name,
                               length(replace(CAST(CAST(CAST(state -> 'tricks' ->> 'learned' AS int) AS bit(32)) AS text), '0', '')) AS tricks
                        FROM present
                    ), keys AS (
                        SELECT id, owner_id, name, display_name, CAST(-tricks AS float8) AS key FROM counted WHERE tricks > 0
                    )
                    """;
                    // Gaps and islands: consecutive days minus their row number are constant within a run.
                    case LONGEST_STREAK -> """
                    , days AS (
                        SELECT DISTINCT a.pet_id, CAST(a.acted_at AT TIME ZONE 'UTC' AS date) AS day
                        FROM pet_actions a JOIN present p ON p.id = a.pet_id
                        WHERE a.type IN (%s)
                    ), islands AS (
                        SELECT pet_id, day - CAST(row_number() OVER (PARTITION BY pet_id ORDER BY day) AS int) AS island
                        FROM days
                    ), streaks AS (
                        SELECT pet_id, max(run) AS streak
                        FROM (SELECT pet_id, count(*) AS run FROM islands GROUP BY pet_id, island) runs
                        GROUP BY pet_id
                    ), keys AS (
                        SELECT p.id, p.owner_id, p.name, p.display_name, CAST(-s.streak AS float8) AS key
                        FROM present p JOIN streaks s ON s.pet_id = p.id
                    )
                    """.formatted(Streaks.CARE);
                    // The reef's counter (reef_pet_stats, V10), kept in each wave's transaction.
                    case MOST_WAVES -> """
                    , keys AS (
                        SELECT p.id, p.owner_id, p.name, p.display_name, CAST(-s.waves AS float8) AS key
                        FROM present p JOIN reef_pet_stats s ON s.pet_id = p.id
                        WHERE s.waves > 0
                    )
                    """;
                };
    }

    /** An entry as SQL ranks it. */
    record Placed(UUID petId, String petName, String ownerDisplayName, double key) {}

    record Names(UUID petId, String petName, String ownerDisplayName) {}
}
