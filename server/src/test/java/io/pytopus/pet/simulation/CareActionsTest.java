package io.pytopus.pet.simulation;

import static io.pytopus.pet.simulation.Octopi.act;
import static io.pytopus.pet.simulation.Octopi.after;
import static io.pytopus.pet.simulation.Octopi.applied;
import static io.pytopus.pet.simulation.Octopi.egg;
import static io.pytopus.pet.simulation.Octopi.hatchling;
import static io.pytopus.pet.simulation.Octopi.juvenile;
import static io.pytopus.pet.simulation.Octopi.refusal;
import static io.pytopus.pet.simulation.Octopi.sequenceWhereRoll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pytopus.pet.simulation.Action.Clean;
import io.pytopus.pet.simulation.Action.EndVacation;
import io.pytopus.pet.simulation.Action.Feed;
import io.pytopus.pet.simulation.Action.Heal;
import io.pytopus.pet.simulation.Action.Play;
import io.pytopus.pet.simulation.Action.Release;
import io.pytopus.pet.simulation.Action.Sleep;
import io.pytopus.pet.simulation.Action.StartVacation;
import io.pytopus.pet.simulation.Action.Stroke;
import io.pytopus.pet.simulation.Action.Train;
import io.pytopus.pet.simulation.Action.Wake;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The "Actions" table of DESIGN §2: effects and refusals, one rule per test. */
class CareActionsTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private static final List<Action> EVERY_ACTION = List.of(
            new Feed(Food.SHRIMP),
            new Play(Toy.BALL),
            new Clean(),
            new Sleep(),
            new Wake(),
            new Stroke(),
            new Train(Trick.WAVE),
            new Heal(),
            new StartVacation(),
            new EndVacation(),
            new Release());

    // FEED

    @ParameterizedTest
    @EnumSource(Food.class)
    void feedingAddsTheFoodsSatietyAndDirtiesTheWater(Food food) {
        OctopusState fed =
                applied(juvenile().satiety(50).build(), new Feed(food)).state();

        assertThat(fed.needs().satiety()).isCloseTo(50 + food.satiety(), EXACT);
        assertThat(fed.needs().cleanliness()).isCloseTo(70 - 4, EXACT);
        assertThat(fed.needs().joy()).isCloseTo(70, EXACT);
    }

    @Test
    void feedingGivesShrimp20Clam25AndCrab30() {
        assertThat(Food.SHRIMP.satiety()).isEqualTo(20);
        assertThat(Food.CLAM.satiety()).isEqualTo(25);
        assertThat(Food.CRAB.satiety()).isEqualTo(30);
    }

    @Test
    void satietyStopsAt100() {
        assertThat(applied(juvenile().satiety(90).build(), new Feed(Food.CRAB))
                        .state()
                        .needs()
                        .satiety())
                .isEqualTo(100);
    }

    @Test
    void theSameFoodAThirdTimeInARowGivesHalfTheSatietyAndCostsJoy() {
        OctopusState pet = juvenile().satiety(10).build();
        pet = applied(pet, new Feed(Food.SHRIMP)).state();
        pet = applied(pet, new Feed(Food.SHRIMP)).state();

        ActionOutcome.Applied third = applied(pet, new Feed(Food.SHRIMP));

        assertThat(third.state().needs().satiety()).isCloseTo(10 + 20 + 20 + 10, EXACT);
        assertThat(third.state().needs().joy()).isCloseTo(70 - 5, EXACT);
        assertThat(third.happenings()).containsExactly(new Happening.Fed(Food.SHRIMP, true));
    }

    @Test
    void theRepetitionCountsHoweverLongBetweenMeals() {
        OctopusState pet = juvenile().satiety(10).build();
        pet = applied(pet, new Feed(Food.CLAM)).state();
        pet = ((ActionOutcome.Applied) act(pet, new Feed(Food.CLAM), 5)).state();

        ActionOutcome outcome = act(pet, new Feed(Food.CLAM), 5);

        assertThat(((ActionOutcome.Applied) outcome).happenings()).containsExactly(new Happening.Fed(Food.CLAM, true));
    }

    @Test
    void aDifferentFoodBreaksTheRepetition() {
        OctopusState pet = juvenile().satiety(10).build();
        pet = applied(pet, new Feed(Food.SHRIMP)).state();
        pet = applied(pet, new Feed(Food.SHRIMP)).state();
        pet = applied(pet, new Feed(Food.CLAM)).state();

        ActionOutcome.Applied next = applied(pet, new Feed(Food.SHRIMP));

        assertThat(next.state().needs().satiety()).isCloseTo(10 + 20 + 20 + 25 + 20, EXACT);
        assertThat(next.happenings()).containsExactly(new Happening.Fed(Food.SHRIMP, false));
    }

    @Test
    void feedingAFullOctopusIsRefused() {
        assertThat(refusal(juvenile().satiety(95).build(), new Feed(Food.SHRIMP)))
                .isEqualTo(Refusal.NOT_HUNGRY);
        assertThat(refusal(juvenile().satiety(94.9).build(), new Feed(Food.SHRIMP)))
                .isNull();
    }

    @Test
    void feedingASleepingOctopusIsRefused() {
        assertThat(refusal(juvenile().asleep().energy(50).build(), new Feed(Food.SHRIMP)))
                .isEqualTo(Refusal.ASLEEP);
    }

    @Test
    void feedingAnEggIsRefused() {
        assertThat(refusal(egg().build(), new Feed(Food.SHRIMP))).isEqualTo(Refusal.EGG);
    }

    @Test
    void crabIsNotForHatchlings() {
        assertThat(refusal(hatchling().build(), new Feed(Food.CRAB))).isEqualTo(Refusal.TOO_YOUNG);
        assertThat(refusal(hatchling().build(), new Feed(Food.CLAM))).isNull();
        assertThat(refusal(juvenile().build(), new Feed(Food.CRAB))).isNull();
    }

    // PLAY

    @Test
    void playingGivesJoyAndCostsEnergyAndSatiety() {
        ActionOutcome.Applied played = applied(juvenile().joy(50).build(), new Play(Toy.BALL));

        assertThat(played.state().needs().joy()).isCloseTo(70, EXACT);
        assertThat(played.state().needs().energy()).isCloseTo(60, EXACT);
        assertThat(played.state().needs().satiety()).isCloseTo(67, EXACT);
        assertThat(played.happenings()).containsExactly(new Happening.Played(Toy.BALL, false));
    }

    @Test
    void theSameToyWithinTheHourGivesHalfTheJoy() {
        OctopusState played =
                applied(juvenile().joy(20).build(), new Play(Toy.BALL)).state();

        ActionOutcome outcome = act(played, new Play(Toy.BALL), 0.5);

        OctopusState again = ((ActionOutcome.Applied) outcome).state();
        assertThat(again.needs().joy()).isCloseTo(40 - 0.5 * 4 + 10, EXACT);
        assertThat(((ActionOutcome.Applied) outcome).happenings())
                .containsExactly(new Happening.Played(Toy.BALL, true));
    }

    @Test
    void aDifferentToyOrAnHourLaterGivesTheFullJoy() {
        OctopusState played =
                applied(juvenile().joy(20).build(), new Play(Toy.BALL)).state();

        OctopusState otherToy = ((ActionOutcome.Applied) act(played, new Play(Toy.MIRROR), 0.5)).state();
        OctopusState anHourLater = ((ActionOutcome.Applied) act(played, new Play(Toy.BALL), 1)).state();

        assertThat(otherToy.needs().joy()).isCloseTo(40 - 0.5 * 4 + 20, EXACT);
        assertThat(anHourLater.needs().joy()).isCloseTo(40 - 4 + 20, EXACT);
    }

    @Test
    void playingWhenTooTiredIsRefused() {
        assertThat(refusal(juvenile().energy(9.9).build(), new Play(Toy.BALL))).isEqualTo(Refusal.TOO_TIRED);
        assertThat(refusal(juvenile().energy(10).build(), new Play(Toy.BALL))).isNull();
    }

    @Test
    void playingWithASleepingOctopusIsRefused() {
        assertThat(refusal(juvenile().asleep().energy(50).build(), new Play(Toy.BALL)))
                .isEqualTo(Refusal.ASLEEP);
    }

    @Test
    void playingWithAnEggIsRefused() {
        assertThat(refusal(egg().build(), new Play(Toy.BALL))).isEqualTo(Refusal.EGG);
    }

    @Test
    void playingAwayTheLastEnergyPutsItToSleep() {
        ActionOutcome.Applied played = applied(juvenile().energy(10).build(), new Play(Toy.BUBBLES));

        assertThat(played.state().asleep()).isTrue();
        assertThat(played.happenings())
                .containsExactly(new Happening.Played(Toy.BUBBLES, false), new Happening.FellAsleepExhausted());
    }

    // CLEAN

    @Test
    void cleaningMakesTheWaterPerfectAndCostsALittleJoy() {
        ActionOutcome.Applied cleaned = applied(juvenile().cleanliness(12).build(), new Clean());

        assertThat(cleaned.state().needs().cleanliness()).isEqualTo(100);
        assertThat(cleaned.state().needs().joy()).isCloseTo(67, EXACT);
        assertThat(cleaned.happenings()).containsExactly(new Happening.Cleaned());
    }

    @Test
    void cleaningIsAllowedWhileAsleepAndForAnEgg() {
        assertThat(refusal(juvenile().asleep().energy(50).build(), new Clean())).isNull();
        assertThat(refusal(egg().build(), new Clean())).isNull();
    }

    @Test
    void cleaningRestartsTheDirtyWaterTimer() {
        OctopusState cleaned = applied(
                        juvenile().cleanliness(10).dirtyWaterHours(1.5).build(), new Clean())
                .state();

        assertThat(cleaned.timers().dirtyWaterHours()).isZero();
    }

    // SLEEP and WAKE

    @Test
    void puttingATiredOctopusToSleepTurnsTheLightsOff() {
        ActionOutcome.Applied slept = applied(juvenile().energy(40).build(), new Sleep());

        assertThat(slept.state().asleep()).isTrue();
        assertThat(slept.happenings()).containsExactly(new Happening.WentToSleep());
    }

    @Test
    void sleepIsRefusedWhenNotTired() {
        assertThat(refusal(juvenile().energy(80).build(), new Sleep())).isEqualTo(Refusal.NOT_TIRED);
        assertThat(refusal(juvenile().energy(79.9).build(), new Sleep())).isNull();
    }

    @Test
    void sleepIsRefusedWhenAlreadyAsleep() {
        assertThat(refusal(juvenile().asleep().energy(40).build(), new Sleep())).isEqualTo(Refusal.ALREADY_ASLEEP);
    }

    @Test
    void wakeIsRefusedWhenAlreadyAwake() {
        assertThat(refusal(juvenile().build(), new Wake())).isEqualTo(Refusal.ALREADY_AWAKE);
    }

    @Test
    void wakingWithEnergyBelow30CostsJoy() {
        ActionOutcome.Applied groggy = applied(juvenile().asleep().energy(29).build(), new Wake());
        ActionOutcome.Applied rested = applied(juvenile().asleep().energy(30).build(), new Wake());

        assertThat(groggy.state().asleep()).isFalse();
        assertThat(groggy.state().needs().joy()).isCloseTo(60, EXACT);
        assertThat(groggy.happenings()).containsExactly(new Happening.WokeUp(true));
        assertThat(rested.state().needs().joy()).isCloseTo(70, EXACT);
        assertThat(rested.happenings()).containsExactly(new Happening.WokeUp(false));
    }

    @Test
    void wakingAnOctopusWithNoEnergyIsRefusedBecauseItWouldDropOffAgain() {
        assertThat(refusal(juvenile().asleep().energy(0).build(), new Wake())).isEqualTo(Refusal.TOO_TIRED);
    }

    @Test
    void anEggCannotBePutToSleepOrWoken() {
        assertThat(refusal(egg().build(), new Sleep())).isEqualTo(Refusal.EGG);
        assertThat(refusal(egg().build(), new Wake())).isEqualTo(Refusal.EGG);
    }

    // STROKE

    @Test
    void strokingBuildsTrustAndJoy() {
        ActionOutcome.Applied stroked = applied(juvenile().trust(50).build(), new Stroke());

        assertThat(stroked.state().trust()).isCloseTo(54, EXACT);
        assertThat(stroked.state().needs().joy()).isCloseTo(76, EXACT);
        assertThat(stroked.happenings()).containsExactly(new Happening.Stroked());
    }

    @Test
    void aWaryOctopusIsSometimesStartledAndInksInsteadOfEnjoyingIt() {
        OctopusState wary = juvenile().trust(10).ink(80).build();
        long unlucky = sequenceWhereRoll(Octopi.PET, roll -> roll < 0.25);

        ActionOutcome.Applied startled = applied(wary, new Stroke(), unlucky);

        assertThat(startled.state().ink()).isCloseTo(50, EXACT);
        assertThat(startled.state().needs().joy()).isCloseTo(65, EXACT);
        assertThat(startled.state().trust()).isCloseTo(10, EXACT);
        assertThat(startled.state().mood()).isEqualTo(Mood.SCARED);
        assertThat(startled.happenings()).containsExactly(new Happening.StartledAndInked());
    }

    @Test
    void aWaryOctopusEnjoysMostStrokes() {
        OctopusState wary = juvenile().trust(10).build();
        long lucky = sequenceWhereRoll(Octopi.PET, roll -> roll >= 0.25);

        assertThat(applied(wary, new Stroke(), lucky).state().trust()).isCloseTo(14, EXACT);
    }

    @Test
    void aWaryOctopusIsStartledByAboutAQuarterOfStrokes() {
        OctopusState wary = juvenile().trust(19.9).build();
        int startles = 0;
        int strokes = 4000;
        for (long seq = 0; seq < strokes; seq++) {
            if (applied(wary, new Stroke(), seq).happenings().contains(new Happening.StartledAndInked())) {
                startles++;
            }
        }

        assertThat(startles / (double) strokes).isBetween(0.22, 0.28);
    }

    @Test
    void anOctopusWithTrust20IsNeverStartled() {
        OctopusState trusting = juvenile().trust(20).build();

        for (long seq = 0; seq < 500; seq++) {
            assertThat(applied(trusting, new Stroke(), seq).happenings()).containsExactly(new Happening.Stroked());
        }
    }

    @Test
    void aStartledOctopusStaysScaredForTwoMinutes() {
        long unlucky = sequenceWhereRoll(Octopi.PET, roll -> roll < 0.25);
        OctopusState startled =
                applied(juvenile().trust(10).build(), new Stroke(), unlucky).state();

        assertThat(after(startled, 1.99 / 60).mood()).isEqualTo(Mood.SCARED);
        assertThat(after(startled, 2.0 / 60).mood()).isNotEqualTo(Mood.SCARED);
    }

    @Test
    void strokingASleepingOctopusIsRefused() {
        assertThat(refusal(juvenile().asleep().energy(50).build(), new Stroke()))
                .isEqualTo(Refusal.ASLEEP);
    }

    @Test
    void strokingAnEggIsRefused() {
        assertThat(refusal(egg().build(), new Stroke())).isEqualTo(Refusal.EGG);
    }

    // TRAIN

    @Test
    void trainingCostsFifteenEnergy() {
        assertThat(applied(juvenile().build(), new Train(Trick.SPIN))
                        .state()
                        .needs()
                        .energy())
                .isCloseTo(55, EXACT);
    }

    @Test
    void trainingSucceedsWithAChanceFromJoyAndTrustBetween20And95Percent() {
        assertThat(CareActions.trainingSuccessChance(0, 0)).isEqualTo(0.2);
        assertThat(CareActions.trainingSuccessChance(50, 50)).isCloseTo(0.6, EXACT);
        assertThat(CareActions.trainingSuccessChance(40, 10)).isCloseTo(0.4, EXACT);
        assertThat(CareActions.trainingSuccessChance(100, 100)).isEqualTo(0.95);
    }

    @Test
    void aTrainingSessionSucceedsWhenTheRollIsBelowTheChance() {
        OctopusState pet = juvenile().joy(50).trust(50).build(); // chance 0.6
        long justBelow = sequenceWhereRoll(Octopi.PET, roll -> roll < 0.6 && roll > 0.55);
        long justAbove = sequenceWhereRoll(Octopi.PET, roll -> roll >= 0.6 && roll < 0.65);

        assertThat(applied(pet, new Train(Trick.SPIN), justBelow).happenings())
                .containsExactly(new Happening.TrainingSucceeded(Trick.SPIN, 1, 3));
        assertThat(applied(pet, new Train(Trick.SPIN), justAbove).happenings())
                .containsExactly(new Happening.TrainingFailed(Trick.SPIN));
    }

    @Test
    void threeSuccessfulTrainingsLearnATrick() {
        OctopusState pet = juvenile().energy(100).joy(100).trust(100).build(); // chance 0.95
        long seq = -1;
        ActionOutcome.Applied trained = null;
        for (int success = 1; success <= 3; success++) {
            seq = nextSequenceWhereRoll(seq + 1, roll -> roll < 0.95);
            trained = applied(pet, new Train(Trick.SPIN), seq);
            pet = trained.state();
            if (success < 3) {
                assertThat(trained.happenings())
                        .containsExactly(new Happening.TrainingSucceeded(Trick.SPIN, success, 3));
                assertThat(pet.tricks().knows(Trick.SPIN)).isFalse();
            }
        }

        assertThat(trained.happenings()).containsExactly(new Happening.LearnedTrick(Trick.SPIN));
        assertThat(pet.tricks().learnedTricks()).containsExactly(Trick.SPIN);
        assertThat(pet.tricks().successes(Trick.SPIN)).isZero();
    }

    @Test
    void aFailedTrainingTeachesNothing() {
        long unlucky = sequenceWhereRoll(Octopi.PET, roll -> roll >= 0.95);

        OctopusState pet = applied(juvenile().joy(100).trust(100).build(), new Train(Trick.WAVE), unlucky)
                .state();

        assertThat(pet.tricks()).isEqualTo(Tricks.NONE);
    }

    @Test
    void trainingBeforeTheJuvenileStageIsRefused() {
        assertThat(refusal(hatchling().build(), new Train(Trick.WAVE))).isEqualTo(Refusal.TOO_YOUNG);
        assertThat(refusal(egg().build(), new Train(Trick.WAVE))).isEqualTo(Refusal.TOO_YOUNG);
    }

    @Test
    void trainingASleepingOctopusIsRefused() {
        assertThat(refusal(juvenile().asleep().energy(50).build(), new Train(Trick.WAVE)))
                .isEqualTo(Refusal.ASLEEP);
    }

    @Test
    void trainingWithLessEnergyThanItCostsIsRefused() {
        assertThat(refusal(juvenile().energy(14.9).build(), new Train(Trick.WAVE)))
                .isEqualTo(Refusal.TOO_TIRED);
        assertThat(refusal(juvenile().energy(15).build(), new Train(Trick.WAVE)))
                .isNull();
    }

    @Test
    void trainingAKnownTrickIsRefused() {
        Tricks knowsWave = Tricks.NONE.withSuccess(Trick.WAVE, 1);

        assertThat(refusal(juvenile().tricks(knowsWave).build(), new Train(Trick.WAVE)))
                .isEqualTo(Refusal.ALREADY_LEARNED);
        assertThat(refusal(juvenile().tricks(knowsWave).build(), new Train(Trick.SPIN)))
                .isNull();
    }

    // HEAL

    @Test
    void healingCuresAndRestoresHealthAtACostInJoy() {
        ActionOutcome.Applied healed = applied(juvenile().sick().health(40).build(), new Heal());

        assertThat(healed.state().sick()).isFalse();
        assertThat(healed.state().needs().health()).isCloseTo(65, EXACT);
        assertThat(healed.state().needs().joy()).isCloseTo(65, EXACT);
        assertThat(healed.happenings()).containsExactly(new Happening.Healed());
    }

    @Test
    void healingAHealthyOctopusIsRefused() {
        assertThat(refusal(juvenile().build(), new Heal())).isEqualTo(Refusal.NOT_SICK);
        assertThat(refusal(egg().build(), new Heal())).isEqualTo(Refusal.NOT_SICK);
    }

    @Test
    void healingIsAllowedWhileAsleep() {
        assertThat(refusal(juvenile().sick().asleep().energy(50).build(), new Heal()))
                .isNull();
    }

    @Test
    void healingAlwaysCuresEvenWhenHealthStaysBelow30() {
        OctopusState weak = juvenile().sick().health(2).satiety(20).build();

        OctopusState healed = applied(weak, new Heal()).state();

        assertThat(healed.sick()).isFalse();
        assertThat(healed.needs().health()).isCloseTo(27, EXACT);
        assertThat(after(healed, 1).sick()).isFalse();
    }

    @Test
    void anOctopusHealedBelow30FallsSickAgainOnlyAfterRecoveringTo30AndDroppingAgain() {
        OctopusState healed = applied(juvenile().sick().health(2).build(), new Heal())
                .state(); // health 27, every need >= 40: +2 per hour

        OctopusState recovered = after(healed, 2);
        assertThat(recovered.needs().health()).isCloseTo(31, EXACT);
        assertThat(recovered.sick()).isFalse();

        OctopusState starving = Octopi.juvenile()
                .health(recovered.needs().health())
                .satiety(10)
                .healthAlarmArmed(recovered.healthAlarmArmed())
                .build();
        assertThat(after(starving, 1).sick()).isTrue();
    }

    @Test
    void healingRestartsTheDirtyWaterTimer() {
        OctopusState healed = applied(
                        juvenile().sick().cleanliness(10).dirtyWaterHours(5).build(), new Heal())
                .state();

        assertThat(healed.timers().dirtyWaterHours()).isZero();
        assertThat(after(healed, 1.99).sick()).isFalse();
        assertThat(after(healed, 2).sick()).isTrue();
    }

    // Every action

    @Test
    void anActionFirstLetsTimePassUntilNow() {
        ActionOutcome outcome = act(juvenile().satiety(50).build(), new Feed(Food.SHRIMP), 2);

        OctopusState fed = ((ActionOutcome.Applied) outcome).state();
        assertThat(fed.needs().satiety()).isCloseTo(50 - 12 + 20, EXACT);
        assertThat(fed.updatedAt()).isEqualTo(Octopi.plusHours(Octopi.T0, 2));
    }

    @Test
    void anAppliedOutcomeReportsWhatTimeBroughtBeforeTheActionsOwnEffects() {
        OctopusState almostJuvenile = hatchling().age(23.5).build();

        ActionOutcome outcome = act(almostJuvenile, new Feed(Food.SHRIMP), 1);

        assertThat(((ActionOutcome.Applied) outcome).happenings())
                .containsExactly(new Happening.StageReached(Stage.JUVENILE), new Happening.Fed(Food.SHRIMP, false));
    }

    @Test
    void refusalsComeInAFixedOrderGoneVacationEggAsleepThenTheActionsOwn() {
        OctopusState eggOnVacation = applied(egg().build(), new StartVacation()).state();
        OctopusState asleepAndFull = juvenile().asleep().energy(50).satiety(99).build();
        OctopusState fullHatchling = hatchling().satiety(99).build();

        assertThat(refusal(eggOnVacation, new Feed(Food.SHRIMP))).isEqualTo(Refusal.ON_VACATION);
        assertThat(refusal(egg().build(), new Train(Trick.WAVE))).isEqualTo(Refusal.TOO_YOUNG);
        assertThat(refusal(asleepAndFull, new Feed(Food.SHRIMP))).isEqualTo(Refusal.ASLEEP);
        assertThat(refusal(fullHatchling, new Feed(Food.CRAB))).isEqualTo(Refusal.TOO_YOUNG);
        assertThat(refusal(fullHatchling, new Feed(Food.CLAM))).isEqualTo(Refusal.NOT_HUNGRY);
    }

    @Test
    void anEscapedOctopusRefusesEveryAction() {
        OctopusState escaped = juvenile().status(Status.ESCAPED).health(0).build();

        for (Action action : EVERY_ACTION) {
            assertThat(refusal(escaped, action)).as(action.toString()).isEqualTo(Refusal.GONE);
        }
    }

    @Test
    void anOctopusThatEscapesBeforeTheActionRefusesIt() {
        OctopusState dying = juvenile().health(1).satiety(0).cleanliness(0).build();

        assertThat(act(dying, new Feed(Food.SHRIMP), 1)).isEqualTo(new ActionOutcome.Refused(Refusal.GONE));
    }

    private static long nextSequenceWhereRoll(long from, java.util.function.DoublePredicate wanted) {
        long seq = from;
        while (!wanted.test(Dice.roll(Octopi.PET, seq))) {
            seq++;
        }
        return seq;
    }

    @Test
    void theSameActionNumberAlwaysGivesTheSameLuck() {
        OctopusState wary = juvenile().trust(10).build();

        for (long seq = 0; seq < 50; seq++) {
            assertThat(applied(wary, new Stroke(), seq)).isEqualTo(applied(wary, new Stroke(), seq));
        }
        assertThat(Dice.roll(Octopi.PET, 7)).isEqualTo(Dice.roll(Octopi.PET, 7));
        assertThat(Dice.roll(Octopi.PET, 7)).isNotEqualTo(Dice.roll(Octopi.PET, 8));
        assertThat(Dice.roll(Octopi.PET, 7))
                .isNotEqualTo(Dice.roll(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"), 7));
    }
}
