package io.pytopus.achievement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.achievement.Achievement;
import io.pytopus.achievement.internal.AchievementRules.Unlock;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetFellSick;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Trick;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AchievementRulesTest {

    private static final UUID PET = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");

    /** A history with settable counts, which records the care-day window it was asked about. */
    static final class History implements CareHistory {
        long cleans;
        int foods;
        int tricks;
        int careDays;
        LocalDate askedFrom;
        LocalDate askedTo;
        int questions;

        @Override
        public long cleans(UUID ownerId, Instant until) {
            questions++;
            return cleans;
        }

        @Override
        public int foodsTasted(UUID petId, Instant until) {
            questions++;
            return foods;
        }

        @Override
        public int tricksLearned(UUID petId, Instant until) {
            questions++;
            return tricks;
        }

        @Override
        public int careDays(UUID ownerId, LocalDate from, LocalDate to, Instant until) {
            questions++;
            askedFrom = from;
            askedTo = to;
            return careDays;
        }
    }

    private final History history = new History();

    @Test
    void hatchingUnlocksFirstHatchForThatPet() {
        assertThat(judge(stage(Stage.HATCHLING))).containsExactly(new Unlock(Achievement.FIRST_HATCH, PET));
    }

    @Test
    void becomingAnElderUnlocksElder() {
        assertThat(judge(stage(Stage.ELDER))).containsExactly(new Unlock(Achievement.ELDER, PET));
    }

    @Test
    void otherStagesUnlockNothing() {
        assertThat(judge(stage(Stage.JUVENILE))).isEmpty();
        assertThat(judge(stage(Stage.ADULT))).isEmpty();
        assertThat(judge(new PetFellSick(UUID.randomUUID(), PET, OWNER, "Inky", AT)))
                .isEmpty();
    }

    @Test
    void theFirstTrickUnlocksFirstTrickAndTheFifthOfOnePetFiveTricks() {
        history.tricks = 4;
        assertThat(judge(trick())).containsExactly(new Unlock(Achievement.FIRST_TRICK, PET));

        history.tricks = 5;
        assertThat(judge(trick()))
                .containsExactly(new Unlock(Achievement.FIRST_TRICK, PET), new Unlock(Achievement.FIVE_TRICKS, PET));
    }

    @Test
    void aPetFedAllThreeFoodsIsAGourmet() {
        history.foods = 2;
        assertThat(judge(care("FEED", "CRAB"))).doesNotContain(new Unlock(Achievement.GOURMET, PET));

        history.foods = 3;
        assertThat(judge(care("FEED", "CRAB"))).contains(new Unlock(Achievement.GOURMET, PET));
    }

    @Test
    void theTwentiethCleanOfAllPetsMakesACleanFreak() {
        history.cleans = 19;
        assertThat(judge(care("CLEAN", null))).isEmpty();

        history.cleans = 20;
        assertThat(judge(care("CLEAN", null))).containsExactly(new Unlock(Achievement.CLEAN_FREAK, null));
    }

    @Test
    void careOnSevenConsecutiveUtcDaysEndingTodayIsAWeekStreak() {
        history.careDays = 6;
        assertThat(judge(care("STROKE", null))).isEmpty();
        assertThat(history.askedFrom).isEqualTo(LocalDate.parse("2026-11-21"));
        assertThat(history.askedTo).isEqualTo(LocalDate.parse("2026-11-27"));

        history.careDays = 7;
        assertThat(judge(care("STROKE", null))).containsExactly(new Unlock(Achievement.WEEK_STREAK, null));
    }

    @Test
    void vacationsAreNoCare() {
        history.careDays = 7;
        assertThat(judge(care("START_VACATION", null))).isEmpty();
        assertThat(judge(care("END_VACATION", null))).isEmpty();
        assertThat(history.questions).isZero();
    }

    @Test
    void whatIsUnlockedAlreadyIsNeitherJudgedNorCountedAgain() {
        history.cleans = 50;
        history.careDays = 7;

        var unlocks = AchievementRules.unlockedBy(
                care("CLEAN", null), EnumSet.of(Achievement.CLEAN_FREAK, Achievement.WEEK_STREAK), history);

        assertThat(unlocks).isEmpty();
        assertThat(history.questions).isZero();
    }

    private List<Unlock> judge(io.pytopus.pet.PetEvent event) {
        return AchievementRules.unlockedBy(event, Set.of(), history);
    }

    private static StageReached stage(Stage stage) {
        return new StageReached(UUID.randomUUID(), PET, OWNER, "Inky", AT, stage, null);
    }

    private static TrickLearned trick() {
        return new TrickLearned(UUID.randomUUID(), PET, OWNER, "Inky", AT, Trick.SPIN, 3);
    }

    private static CareGiven care(String action, String item) {
        return new CareGiven(UUID.randomUUID(), PET, OWNER, "Inky", AT, action, item, 1, List.of());
    }
}
