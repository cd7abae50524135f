package io.pytopus.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.achievement.Achievement;
import io.pytopus.achievement.AchievementUnlocked;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEscaped;
import io.pytopus.pet.PetFellSick;
import io.pytopus.pet.PetHatched;
import io.pytopus.pet.PetProfileChanged;
import io.pytopus.pet.PetReleased;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Toy;
import io.pytopus.pet.simulation.Trick;
import io.pytopus.reef.PetWaved;
import io.pytopus.reef.SnackGiven;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalSentencesTest {

    private static final UUID PET = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void aLaidEggAndAHatchingAreToldApart() {
        assertThat(JournalSentences.of(new PetHatched(id(), PET, OWNER, "Inky", AT, Species.MIMIC)))
                .isEqualTo("Inky's egg was laid in a fresh tank.");
        assertThat(JournalSentences.of(stage(Stage.HATCHLING, null))).isEqualTo("Inky hatched from its egg.");
    }

    @Test
    void growingUpNamesTheStageAndTheNewPersonality() {
        assertThat(JournalSentences.of(stage(Stage.JUVENILE, null))).isEqualTo("Inky grew into a juvenile.");
        assertThat(JournalSentences.of(stage(Stage.ADULT, Personality.PLAYFUL)))
                .isEqualTo("Inky became an adult with a playful personality.");
        assertThat(JournalSentences.of(stage(Stage.ADULT, Personality.GRUMPY)))
                .isEqualTo("Inky became an adult with a grumpy personality.");
        assertThat(JournalSentences.of(stage(Stage.ELDER, null))).isEqualTo("Inky became a wise elder.");
    }

    @Test
    void aLearnedTrickCountsItsTries() {
        assertThat(JournalSentences.of(new TrickLearned(id(), PET, OWNER, "Inky", AT, Trick.SPIN, 3)))
                .isEqualTo("Inky learned SPIN after 3 tries.");
        assertThat(JournalSentences.of(new TrickLearned(id(), PET, OWNER, "Inky", AT, Trick.WAVE, 1)))
                .isEqualTo("Inky learned WAVE after 1 try.");
    }

    @Test
    void anAchievementIsEarnedByThePetUnderItsName() {
        var trick = new AchievementUnlocked(id(), OWNER, Achievement.FIRST_TRICK, PET, "Inky", AT);
        var gourmet = new AchievementUnlocked(id(), OWNER, Achievement.GOURMET, PET, "Inky", AT);

        assertThat(JournalSentences.of(trick, "Inky")).isEqualTo("Inky earned the First trick achievement!");
        assertThat(JournalSentences.of(gourmet, "Bob")).isEqualTo("Bob earned the Gourmet achievement!");
    }

    @Test
    void aProfileChangeTellsEachChange() {
        assertThat(JournalSentences.of(
                        new PetProfileChanged(id(), PET, OWNER, "Sir Inks", AT, "Inky", true, true, false)))
                .isEqualTo("Inky is now called Sir Inks. Sir Inks moved into the public reef.");
        assertThat(JournalSentences.of(new PetProfileChanged(id(), PET, OWNER, "Inky", AT, null, false, true, true)))
                .isEqualTo("Inky left the public reef. Inky has a new bio.");
    }

    @Test
    void visitsNameTheVisitor() {
        assertThat(JournalSentences.of(new PetWaved(id(), PET, OWNER, "Inky", UUID.randomUUID(), "Nell", AT)))
                .isEqualTo("Nell waved at Inky from the reef.");
        assertThat(JournalSentences.of(new SnackGiven(id(), PET, OWNER, "Inky", UUID.randomUUID(), "Nell", AT)))
                .isEqualTo("Nell gave Inky a snack.");
    }

    @Test
    void sicknessEscapeAndReleaseAreTold() {
        assertThat(JournalSentences.of(new PetFellSick(id(), PET, OWNER, "Inky", AT)))
                .isEqualTo("Inky fell sick.");
        assertThat(JournalSentences.of(new PetEscaped(id(), PET, OWNER, "Inky", AT)))
                .isEqualTo("Inky escaped down the drain to the sea.");
        assertThat(JournalSentences.of(new PetReleased(id(), PET, OWNER, "Inky", AT, 9)))
                .isEqualTo("Inky was released to the sea.");
    }

    @Test
    void careTellsWhatTheActionDidAndLeavesTimeToItsOwnEvents() {
        assertThat(JournalSentences.of(care("FEED", new Happening.StageReached(Stage.HATCHLING), fed(false))))
                .isEqualTo("Inky ate a shrimp.");
        assertThat(JournalSentences.of(care("FEED", fed(true))))
                .isEqualTo("Inky ate a shrimp yet again, with less appetite.");
        assertThat(JournalSentences.of(
                        care("PLAY", new Happening.Played(Toy.JAR_PUZZLE, false), new Happening.FellAsleepExhausted())))
                .isEqualTo("Inky played with the jar puzzle, then fell asleep exhausted.");
        assertThat(JournalSentences.of(care("TRAIN", new Happening.TrainingSucceeded(Trick.SPIN, 2, 3))))
                .isEqualTo("Inky practised SPIN and got it right (2 of 3).");
        assertThat(JournalSentences.of(care("TRAIN", new Happening.TrainingFailed(Trick.SPIN))))
                .isEqualTo("Inky practised SPIN without success.");
        assertThat(JournalSentences.of(care("STROKE", new Happening.StartledAndInked())))
                .isEqualTo("Inky got startled and inked.");
        assertThat(JournalSentences.of(care("WAKE", new Happening.WokeUp(true))))
                .isEqualTo("Inky woke up groggy.");
        assertThat(JournalSentences.of(care("CLEAN", new Happening.Cleaned()))).isEqualTo("Inky got a clean tank.");
        assertThat(JournalSentences.of(care("START_VACATION", new Happening.VacationStarted())))
                .isEqualTo("Inky went on vacation.");
    }

    @Test
    void careWithNothingToTellStillSaysSomething() {
        assertThat(JournalSentences.of(care("HEAL", new Happening.FellSick())))
                .isEqualTo("Inky was looked after (heal).");
    }

    private static CareGiven care(String action, Happening... happenings) {
        return new CareGiven(id(), PET, OWNER, "Inky", AT, action, null, 4, List.of(happenings));
    }

    private static Happening fed(boolean again) {
        return new Happening.Fed(Food.SHRIMP, again);
    }

    private static StageReached stage(Stage stage, Personality personality) {
        return new StageReached(id(), PET, OWNER, "Inky", AT, stage, personality);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
