package io.pytopus.achievement.internal;

import io.pytopus.account.AccountDataExport;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The achievements part of a user's data export: what they unlocked, oldest first. */
@Component
class AchievementDataExport implements AccountDataExport {

    private final AchievementRepository achievements;

    AchievementDataExport(AchievementRepository achievements) {
        this.achievements = achievements;
    }

    @Override
    public String section() {
        return "achievements";
    }

    @Override
    public Object exportFor(UUID userId) {
        return achievements.allOf(userId).stream()
                .map(u -> new Exported(u.achievement().name(), u.petId(), u.unlockedAt()))
                .toList();
    }

    record Exported(String code, UUID petId, Instant unlockedAt) {}
}
