package io.pytopus.reef.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Visits in PostgreSQL ({@code reef_waves}, {@code reef_snacks}, {@code reef_pet_stats}, V10). */
@Repository
class ReefRepository {

    private final JdbcClient jdbc;

    ReefRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a wave unless the visitor waved at this pet less than {@code cooldown} ago. One
     * statement, so two waves at once cannot both pass the rule.
     *
     * @return whether the wave counted
     */
    boolean wave(UUID petId, UUID visitorId, Instant at, Duration cooldown) {
        return jdbc.sql("""
                        INSERT INTO reef_waves AS w (pet_id, visitor_id, last_waved_at, waves)
                        VALUES (:pet, :visitor, :at, 1)
                        ON CONFLICT (pet_id, visitor_id) DO UPDATE
                           SET last_waved_at = excluded.last_waved_at, waves = w.waves + 1
                         WHERE w.last_waved_at <= :earliest
                        """)
                        .param("pet", petId)
                        .param("visitor", visitorId)
                        .param("at", Timestamp.from(at))
                        .param("earliest", Timestamp.from(at.minus(cooldown)))
                        .update()
                == 1;
    }

    /** When the visitor last waved at the pet, if ever. */
    Optional<Instant> lastWave(UUID petId, UUID visitorId) {
        return jdbc.sql("SELECT last_waved_at FROM reef_waves WHERE pet_id = :pet AND visitor_id = :visitor")
                .param("pet", petId)
                .param("visitor", visitorId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * Records the visitor's snack for the pet on {@code day}, unless there is one already.
     *
     * @return whether the snack counted
     */
    boolean snack(UUID petId, UUID visitorId, LocalDate day, Instant at) {
        return jdbc.sql("""
                        INSERT INTO reef_snacks (pet_id, visitor_id, day, given_at) VALUES (:pet, :visitor, :day, :at)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("pet", petId)
                        .param("visitor", visitorId)
                        .param("day", day)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Adds one wave to the pet's counter and returns the new count. */
    long countWave(UUID petId) {
        return jdbc.sql("""
                        INSERT INTO reef_pet_stats AS s (pet_id, waves) VALUES (:pet, 1)
                        ON CONFLICT (pet_id) DO UPDATE SET waves = s.waves + 1
                        RETURNING waves
                        """).param("pet", petId).query(Long.class).single();
    }

    /** Adds one snack to the pet's counter and returns the new count. */
    long countSnack(UUID petId) {
        return jdbc.sql("""
                        INSERT INTO reef_pet_stats AS s (pet_id, snacks) VALUES (:pet, 1)
                        ON CONFLICT (pet_id) DO UPDATE SET snacks = s.snacks + 1
                        RETURNING snacks
                        """).param("pet", petId).query(Long.class).single();
    }

    /** The waves each of {@code petIds} received; pets never waved at are left out. */
    Map<UUID, Long> waves(Collection<UUID> petIds) {
        if (petIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT pet_id, waves FROM reef_pet_stats WHERE pet_id IN (:pets)")
                .param("pets", petIds)
                .query((rs, n) -> Map.entry(rs.getObject("pet_id", UUID.class), rs.getLong("waves")))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The visits a user made, for their data export. */
    List<Map<String, Object>> visitsBy(UUID visitorId) {
        return jdbc.sql("""
                        SELECT 'WAVE' AS kind, pet_id, last_waved_at AS at, waves AS times
                          FROM reef_waves WHERE visitor_id = :visitor
                        UNION ALL
                        SELECT 'SNACK', pet_id, given_at, 1 FROM reef_snacks WHERE visitor_id = :visitor
                        ORDER BY at
                        """)
                .param("visitor", visitorId)
                .query((rs, n) -> Map.<String, Object>of(
                        "kind", rs.getString("kind"),
                        "petId", rs.getObject("pet_id", UUID.class),
                        "at", rs.getTimestamp("at").toInstant(),
                        "times", rs.getLong("times")))
                .list();
    }
}
