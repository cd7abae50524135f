package io.pytopus.achievement.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pytopus.achievement.Achievement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One achievement of the catalogue as the API shows it to a user.
 *
 * @param unlockedAt when the user unlocked it; {@code null} while it is locked
 * @param petId the pet that earned it; {@code null} while locked, and for achievements of all care
 */
// Locked is part of the answer: the nulls are written, unlike the application's default.
@JsonInclude(JsonInclude.Include.ALWAYS)
record AchievementView(
        String code,
        String title,
        String description,
        @Nullable Instant unlockedAt,
        @Nullable UUID petId) {

    /** The whole catalogue, in order, with the user's unlocks filled in. */
    static List<AchievementView> catalogue(List<AchievementRepository.Unlocked> unlocked) {
        return Arrays.stream(Achievement.values())
                .map(achievement -> unlocked.stream()
                        .filter(u -> u.achievement() == achievement)
                        .findFirst()
                        .map(u -> of(achievement, u.unlockedAt(), u.petId()))
                        .orElseGet(() -> of(achievement, null, null)))
                .toList();
    }

    private static AchievementView of(Achievement achievement, @Nullable Instant at, @Nullable UUID petId) {
        return new AchievementView(achievement.name(), achievement.title(), achievement.description(), at, petId);
    }
}
