package io.pytopus.achievement.internal;

import io.pytopus.achievement.Achievement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Unlocked achievements ({@code user_achievements}, V7). The care they are judged on is {@link
 * AchievementProgress}.
 */
@Repository
class AchievementRepository {

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

    /** What each of the users has unlocked; a user with nothing is missing. */
    Map<UUID, Set<Achievement>> unlocked(Collection<UUID> userIds) {
        var unlocked = new HashMap<UUID, Set<Achievement>>();
        if (userIds.isEmpty()) {
            return unlocked;
        }
        jdbc.sql("SELECT user_id, code FROM user_achievements WHERE user_id IN (:users)")
                .param("users", userIds)
                .query(rs -> {
                    unlocked.computeIfAbsent(
                                    rs.getObject("user_id", UUID.class), user -> EnumSet.noneOf(Achievement.class))
                            .add(Achievement.valueOf(rs.getString("code")));
                });
        return unlocked;
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

    /** One unlocked achievement of a user. */
    record Unlocked(Achievement achievement, @Nullable UUID petId, Instant unlockedAt) {}
}
