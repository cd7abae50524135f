package io.pytopus.achievement.internal;

import io.pytopus.achievement.Achievement;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.Stage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What a pet event unlocks (ADR 0014). Plain functions of the event and the stored history, so a
 * redelivered event comes to the same answer; whether an achievement is new is the repository's call
 * (one row per user and achievement).
 */
final class AchievementRules {

    static final int CLEANS = 20;
    static final int TRICKS = 5;
    static final int STREAK_DAYS = 7;

    /** Actions of {@link CareGiven} that are no care: going on, and coming back from, vacation. */
    private static final Set<String> NOT_CARE = Set.of("START_VACATION", "END_VACATION");

    private AchievementRules() {}

    /**
     * @param unlocked what the owner has unlocked already; it is not judged again, which spares the
     *     counting queries
     */
    static List<Unlock> unlockedBy(PetEvent event, Set<Achievement> unlocked, CareHistory history) {
        var rules = new Judgement(unlocked);
        UUID pet = event.petId();
        UUID owner = event.ownerId();
        var at = event.occurredAt();
        switch (event) {
            case StageReached reached
            when reached.stage() == Stage.HATCHLING -> rules.judge(Achievement.FIRST_HATCH, pet, () -> true);
            case StageReached reached
            when reached.stage() == Stage.ELDER -> rules.judge(Achievement.ELDER, pet, () -> true);
            case TrickLearned learned -> {
                rules.judge(Achievement.FIRST_TRICK, pet, () -> true);
                rules.judge(Achievement.FIVE_TRICKS, pet, () -> history.tricksLearned(pet, at) >= TRICKS);
            }
            case CareGiven care
            when !NOT_CARE.contains(care.action()) -> {
                if ("FEED".equals(care.action())) {
                    rules.judge(Achievement.GOURMET, pet, () -> history.foodsTasted(pet, at) >= Food.values().length);
                }
                if ("CLEAN".equals(care.action())) {
                    rules.judge(Achievement.CLEAN_FREAK, null, () -> history.cleans(owner, at) >= CLEANS);
                }
                LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
                rules.judge(
                        Achievement.WEEK_STREAK,
                        null,
                        () -> history.careDays(owner, today.minusDays(STREAK_DAYS - 1), today, at) >= STREAK_DAYS);
            }
            default -> {}
        }
        return List.copyOf(rules.unlocks);
    }

    /** Collects what is earned, asking the history only about what is still locked. */
    private static final class Judgement {

        private final Set<Achievement> unlocked;
        private final List<Unlock> unlocks = new ArrayList<>();

        Judgement(Set<Achievement> unlocked) {
            this.unlocked = unlocked;
        }

        void judge(Achievement achievement, @Nullable UUID petId, BooleanSupplier earned) {
            if (!unlocked.contains(achievement) && earned.getAsBoolean()) {
                unlocks.add(new Unlock(achievement, petId));
            }
        }
    }

    /** An achievement the event earned, with the pet that earned it when it is a pet's. */
    record Unlock(Achievement achievement, @Nullable UUID petId) {}
}
