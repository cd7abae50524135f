package io.pytopus.achievement.internal;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's achievements: the whole catalogue, locked ones included. Unlocks are written
 * by a worker shortly after the event that earned them, so one may lag its action by a moment.
 */
@RestController
class AchievementController {

    private final AchievementRepository achievements;

    AchievementController(AchievementRepository achievements) {
        this.achievements = achievements;
    }

    @GetMapping("/api/v1/me/achievements")
    Achievements achievements(@CurrentUser PytopusUser user) {
        return new Achievements(AchievementView.catalogue(achievements.allOf(user.id())));
    }

    /** The catalogue, in order. */
    record Achievements(List<AchievementView> achievements) {}
}
