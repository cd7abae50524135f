package io.pytopus.pet.simulation;

import static io.pytopus.pet.simulation.Octopi.after;
import static io.pytopus.pet.simulation.Octopi.applied;
import static io.pytopus.pet.simulation.Octopi.hatchling;
import static io.pytopus.pet.simulation.Octopi.juvenile;
import static io.pytopus.pet.simulation.Octopi.sequenceWhereRoll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pytopus.pet.simulation.Action.Feed;
import io.pytopus.pet.simulation.Action.Stroke;
import io.pytopus.pet.simulation.Action.Train;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** "Life stages" of DESIGN §2: stages by active age, species, and the personality at adulthood. */
class LifeStagesTest {

    private static final Offset<Double> EXACT = within(1e-9);

    /** A juvenile half an hour before adulthood, with its needs comfortably above 30. */
    private static Octopi almostAdult(JuvenileCare care, double trust) {
        return juvenile().age(95.5).juvenileCare(care).trust(trust);
    }

    private static Personality personalityAtAdulthood(JuvenileCare care, double trust) {
        return after(almostAdult(care, trust).build(), 1).personality();
    }

    @Test
    void stagesFollowActiveAge() {
        Species common = Species.COMMON;

        assertThat(common.stageAt(0)).isEqualTo(Stage.EGG);
        assertThat(common.stageAt(9.99 / 60)).isEqualTo(Stage.EGG);
        assertThat(common.stageAt(10.0 / 60)).isEqualTo(Stage.HATCHLING);
        assertThat(common.stageAt(23.99)).isEqualTo(Stage.HATCHLING);
        assertThat(common.stageAt(24)).isEqualTo(Stage.JUVENILE);
        assertThat(common.stageAt(4 * 24 - 0.01)).isEqualTo(Stage.JUVENILE);
        assertThat(common.stageAt(4 * 24)).isEqualTo(Stage.ADULT);
        assertThat(common.stageAt(30 * 24 - 0.01)).isEqualTo(Stage.ADULT);
        assertThat(common.stageAt(30 * 24)).isEqualTo(Stage.ELDER);
    }

    @Test
    void anOctopusGrowsUpAsItLives() {
        OctopusState egg = Octopi.REAL_TIME.hatchEgg(Octopi.PET, Species.COMMON, Octopi.T0);
        OctopusState pet = after(egg, 30);

        assertThat(pet.stage()).isEqualTo(Stage.JUVENILE);
        assertThat(Simulation.happeningsBetween(egg, pet))
                .startsWith(new Happening.StageReached(Stage.HATCHLING), new Happening.StageReached(Stage.JUVENILE));
    }

    @Test
    void giantPacificStagesLastOneAndAHalfTimesAsLong() {
        Species giant = Species.GIANT_PACIFIC;

        assertThat(giant.stageAt(14.9 / 60)).isEqualTo(Stage.EGG);
        assertThat(giant.stageAt(15.0 / 60)).isEqualTo(Stage.HATCHLING);
        assertThat(giant.stageAt(35.9)).isEqualTo(Stage.HATCHLING);
        assertThat(giant.stageAt(36)).isEqualTo(Stage.JUVENILE);
        assertThat(giant.stageAt(6 * 24)).isEqualTo(Stage.ADULT);
        assertThat(giant.stageAt(45 * 24 - 0.01)).isEqualTo(Stage.ADULT);
        assertThat(giant.stageAt(45 * 24)).isEqualTo(Stage.ELDER);
    }

    @Test
    void dumboEnergyDecaysTwentyPercentSlower() {
        OctopusState dumbo = hatchling().species(Species.DUMBO).build();

        assertThat(after(dumbo, 1).needs().energy()).isCloseTo(66, EXACT);
        assertThat(after(dumbo, 1).needs().satiety()).isCloseTo(64, EXACT);
    }

    @Test
    void dumboRecoversEnergyAsleepAtTheNormalPace() {
        OctopusState dumbo =
                hatchling().species(Species.DUMBO).asleep().energy(20).build();

        assertThat(after(dumbo, 1).needs().energy()).isCloseTo(40, EXACT);
    }

    @Test
    void blueRingedTrustGrowsHalfAsFast() {
        OctopusState blueRinged =
                juvenile().species(Species.BLUE_RINGED).trust(50).build();

        assertThat(applied(blueRinged, new Stroke()).state().trust()).isCloseTo(52, EXACT);
    }

    @Test
    void mimicLearnsATrickAfterTwoSuccesses() {
        OctopusState mimic = juvenile()
                .species(Species.MIMIC)
                .energy(100)
                .joy(100)
                .trust(100)
                .build();
        long first = sequenceWhereRoll(Octopi.PET, roll -> roll < 0.95);
        long second = first + 1;
        while (Dice.roll(Octopi.PET, second) >= 0.95) {
            second++;
        }

        ActionOutcome.Applied once = applied(mimic, new Train(Trick.CAMOUFLAGE), first);
        ActionOutcome.Applied twice = applied(once.state(), new Train(Trick.CAMOUFLAGE), second);

        assertThat(once.happenings()).containsExactly(new Happening.TrainingSucceeded(Trick.CAMOUFLAGE, 1, 2));
        assertThat(twice.happenings()).containsExactly(new Happening.LearnedTrick(Trick.CAMOUFLAGE));
        assertThat(twice.state().tricks().knows(Trick.CAMOUFLAGE)).isTrue();
    }

    // Personality

    @Test
    void aPlayfulAdultWasPlayedWithMostAsAJuvenile() {
        assertThat(personalityAtAdulthood(new JuvenileCare(3, 9, 2, 4, 1, 0b111, 0), 50))
                .isEqualTo(Personality.PLAYFUL);
    }

    @Test
    void aGourmetAdultTastedEveryFoodAsAJuvenile() {
        assertThat(personalityAtAdulthood(new JuvenileCare(9, 3, 2, 4, 1, 0b111, 0), 50))
                .isEqualTo(Personality.GOURMET);
    }

    @Test
    void aScholarAdultWasTrainedMostAsAJuvenile() {
        assertThat(personalityAtAdulthood(new JuvenileCare(3, 4, 2, 4, 8, 0, 0), 50))
                .isEqualTo(Personality.SCHOLAR);
    }

    @Test
    void aCuddlyAdultWasStrokedMostAndTrustsItsOwner() {
        assertThat(personalityAtAdulthood(new JuvenileCare(3, 4, 2, 9, 1, 0b111, 0), 60))
                .isEqualTo(Personality.CUDDLY);
    }

    @Test
    void strokesWithoutTrustDoNotMakeACuddlyAdult() {
        assertThat(personalityAtAdulthood(new JuvenileCare(3, 4, 2, 9, 1, 0, 0), 59))
                .isEqualTo(Personality.CURIOUS);
    }

    @Test
    void aShyAdultEndedItsYouthWithTrustBelow25() {
        assertThat(personalityAtAdulthood(new JuvenileCare(3, 9, 2, 4, 1, 0b111, 0), 24.9))
                .isEqualTo(Personality.SHY);
    }

    @Test
    void aGrumpyAdultSpentMoreThanSixHoursWithANeedBelow30() {
        assertThat(personalityAtAdulthood(new JuvenileCare(3, 4, 2, 9, 1, 0b111, 6.01), 80))
                .isEqualTo(Personality.GRUMPY);
        assertThat(personalityAtAdulthood(new JuvenileCare(3, 4, 2, 9, 1, 0b111, 6), 80))
                .isEqualTo(Personality.CUDDLY);
    }

    @Test
    void aBalancedYouthMakesACuriousAdult() {
        assertThat(personalityAtAdulthood(new JuvenileCare(5, 2, 5, 1, 1, 0b011, 0), 50))
                .isEqualTo(Personality.CURIOUS);
        assertThat(personalityAtAdulthood(JuvenileCare.NONE, 50)).isEqualTo(Personality.CURIOUS);
    }

    @Test
    void tiesBetweenTheMostFrequentCaresFavourStrokesThenTrainingThenPlay() {
        assertThat(personalityAtAdulthood(new JuvenileCare(0, 5, 0, 5, 5, 0, 0), 70))
                .isEqualTo(Personality.CUDDLY);
        assertThat(personalityAtAdulthood(new JuvenileCare(0, 5, 0, 5, 5, 0, 0), 50))
                .isEqualTo(Personality.SCHOLAR);
        assertThat(personalityAtAdulthood(new JuvenileCare(5, 5, 0, 0, 0, 0, 0), 50))
                .isEqualTo(Personality.PLAYFUL);
    }

    @Test
    void thePersonalityFormsExactlyAtAdulthoodAndIsReported() {
        OctopusState youth =
                almostAdult(new JuvenileCare(0, 4, 0, 0, 0, 0, 0), 50).build();

        assertThat(after(youth, 0.49).personality()).isEqualTo(Personality.UNFORMED);
        OctopusState adult = after(youth, 0.5);
        assertThat(adult.personality()).isEqualTo(Personality.PLAYFUL);
        assertThat(Simulation.happeningsBetween(youth, adult))
                .containsExactly(
                        new Happening.StageReached(Stage.ADULT), new Happening.PersonalityFormed(Personality.PLAYFUL));
    }

    @Test
    void juvenileTimeWithANeedBelow30IsTalliedAsNeglect() {
        OctopusState hungry = juvenile().satiety(31).build();

        // Satiety reaches 30 after 10 minutes; the remaining 110 minutes count.
        assertThat(after(hungry, 2).juvenileCare().neglectedHours()).isCloseTo(2 - 1.0 / 6, EXACT);
        assertThat(after(juvenile().build(), 2).juvenileCare().neglectedHours()).isZero();
    }

    @Test
    void neglectIsNotTalliedOutsideTheJuvenileStage() {
        assertThat(after(hatchling().satiety(20).build(), 2).juvenileCare().neglectedHours())
                .isZero();
    }

    @Test
    void startledStrokesAndFailedTrainingsStillCountAsCare() {
        OctopusState wary = juvenile().trust(10).build();
        long startles = sequenceWhereRoll(Octopi.PET, roll -> roll < 0.25);
        long fails = sequenceWhereRoll(Octopi.PET, roll -> roll >= 0.95);

        ActionOutcome.Applied startled = applied(wary, new Stroke(), startles);
        ActionOutcome.Applied failed = applied(wary, new Train(Trick.WAVE), fails);

        assertThat(startled.happenings()).containsExactly(new Happening.StartledAndInked());
        assertThat(startled.state().juvenileCare().strokes()).isEqualTo(1);
        assertThat(failed.happenings()).containsExactly(new Happening.TrainingFailed(Trick.WAVE));
        assertThat(failed.state().juvenileCare().trainings()).isEqualTo(1);
    }

    @Test
    void careIsTalliedOnlyWhileJuvenile() {
        JuvenileCare asHatchling = applied(hatchling().satiety(20).build(), new Feed(Food.CLAM))
                .state()
                .juvenileCare();
        JuvenileCare asJuvenile = applied(juvenile().satiety(20).build(), new Feed(Food.CLAM))
                .state()
                .juvenileCare();

        assertThat(asHatchling).isEqualTo(JuvenileCare.NONE);
        assertThat(asJuvenile.feeds()).isEqualTo(1);
        assertThat(asJuvenile.tasted(Food.CLAM)).isTrue();
        assertThat(asJuvenile.tasted(Food.CRAB)).isFalse();
    }
}
