package io.pytopus.achievement.internal;

import io.pytopus.achievement.Achievement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Unlocked achievements ({@code user_achievements}, V7), and the care history they are judged on,
 * read from the pet module's {@code pet_actions} (V3): PostgreSQL, not a counter in memory, is what
 * the rules count, so a redelivery or a restarted worker changes nothing.
 */
@Repository
class AchievementRepository implements CareHistory {

    private final JdbcClient jdbc;

    AchievementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores an unlock unless the user has it already (a redelivery, or another pet earned it first) or
     * the user is gone (the account was deleted after the event).
     *
     * @return whether this call unlocked it
     */
    boolean unlock(UUID userId, Achievement achievement, @Nullable UUID petId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO user_achievements (user_id, code, pet_id, unlocked_at)
                        SELECT :user, :code, :pet, :at
                        WHERE EXISTS (SELECT 1 FROM users WHERE id = :user)
                        ON CONFLICT (user_id, code) DO NOTHING
                        """)
                        .param("user", userId)
                        .param("code", achievement.name())
                        .param("pet", petId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    Set<Achievement> unlocked(UUID userId) {
        var codes = EnumSet.noneOf(Achievement.class);
        allOf(userId).forEach(unlock -> codes.add(unlock.achievement()));
        return codes;
    }

    /** The user's unlocked achievements, oldest first. */
    List<Unlocked> allOf(UUID userId) {
        return jdbc.sql("""
                        SELECT code, pet_id, unlocked_at FROM user_achievements
                        WHERE user_id = :user ORDER BY unlocked_at, code
                        """)
                .param("user", userId)
                .query((rs, n) -> new Unlocked(
                        Achievement.valueOf(rs.getString("code")),
                        rs.getObject("pet_id", UUID.class),
                        rs.getTimestamp("unlocked_at").toInstant()))
                .list();
    }

    @Override
    public long cleans(UUID ownerId, Instant until) {
        return jdbc.sql("""
                        SELECT count(*) FROM pet_actions a JOIN pets p ON p.id = a.pet_id
                        WHERE p.owner_id = :owner AND a.type = 'CLEAN' AND a.acted_at <= :until
                        """)
                .param("owner", ownerId)
                .param("until", Timestamp.from(until))
                .query(Long.class)
                .single();
    }

    @Override
    public int foodsTasted(UUID petId, Instant until) {
        return jdbc.sql("""
                        SELECT count(DISTINCT item) FROM pet_actions
                        WHERE pet_id = :pet AND type = 'FEED' AND acted_at <= :until
                        """)
                .param("pet", petId)
                .param("until", Timestamp.from(until))
                .query(Integer.class)
                .single();
    }

    @Override
    public int tricksLearned(UUID petId, Instant until) {
        // A trick is learned by the training session whose happenings say so (Happening.LearnedTrick).
        return jdbc.sql("""
                        SELECT count(DISTINCT h ->> 'trick')
                        FROM pet_actions a CROSS JOIN LATERAL jsonb_array_elements(a.happenings) h
                        WHERE a.pet_id = :pet AND a.type = 'TRAIN' AND a.acted_at <= :until
                          AND h ->> 'kind' = 'LearnedTrick'
                        """)
                .param("pet", petId)
                .param("until", Timestamp.from(until))
                .query(Integer.class)
                .single();
    }

    @Override
    public int careDays(UUID ownerId, LocalDate from, LocalDate to, Instant until) {
        return jdbc.sql("""
                        SELECT count(DISTINCT (a.acted_at AT TIME ZONE 'UTC')::date)
                        FROM pet_actions a JOIN pets p ON p.id = a.pet_id
                        WHERE p.owner_id = :owner
                          AND a.type NOT IN ('START_VACATION', 'END_VACATION', 'RELEASE')
                          AND a.acted_at >= :from AND a.acted_at < :to AND a.acted_at <= :until
                        """)
                .param("owner", ownerId)
                .param("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("until", Timestamp.from(until))
                .query(Integer.class)
                .single();
    }

    /** One unlocked achievement of a user. */
    record Unlocked(Achievement achievement, @Nullable UUID petId, Instant unlockedAt) {}
}
