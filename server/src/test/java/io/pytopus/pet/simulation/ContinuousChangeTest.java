package io.pytopus.pet.simulation;

import static io.pytopus.pet.simulation.Octopi.after;
import static io.pytopus.pet.simulation.Octopi.applied;
import static io.pytopus.pet.simulation.Octopi.hatchling;
import static io.pytopus.pet.simulation.Octopi.plusHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The "Continuous change" table and rules of DESIGN §2. */
class ContinuousChangeTest {

    private static final Offset<Double> EXACT = within(1e-9);

    @Test
    void awakeOctopusLosesSatietyJoyEnergyAndCleanlinessAtTheAwakeRates() {
        OctopusState later = after(hatchling().ink(50).build(), 1);

        assertThat(later.needs().satiety()).isCloseTo(64, EXACT);
        assertThat(later.needs().joy()).isCloseTo(66, EXACT);
        assertThat(later.needs().energy()).isCloseTo(65, EXACT);
        assertThat(later.needs().cleanliness()).isCloseTo(68, EXACT);
        assertThat(later.ink()).isCloseTo(60, EXACT);
    }

    @Test
    void asleepOctopusRegainsEnergyKeepsItsJoyAndDecaysSlower() {
        OctopusState later = after(hatchling().asleep().energy(30).ink(50).build(), 1);

        assertThat(later.asleep()).isTrue();
        assertThat(later.needs().satiety()).isCloseTo(68, EXACT);
        assertThat(later.needs().joy()).isCloseTo(70, EXACT);
        assertThat(later.needs().energy()).isCloseTo(50, EXACT);
        assertThat(later.needs().cleanliness()).isCloseTo(69, EXACT);
        assertThat(later.ink()).isCloseTo(60, EXACT);
    }

    @Test
    void sickOctopusLosesJoyTwiceAsFast() {
        assertThat(after(hatchling().sick().build(), 1).needs().joy()).isCloseTo(62, EXACT);
    }

    @Test
    void sleepingOctopusLosesNoJoyEvenWhenSick() {
        assertThat(after(hatchling().sick().asleep().energy(30).build(), 1)
                        .needs()
                        .joy())
                .isCloseTo(70, EXACT);
    }

    @Test
    void inkRefillsTenPerHourUpToFull() {
        assertThat(after(hatchling().ink(0).build(), 2).ink()).isCloseTo(20, EXACT);
        assertThat(after(hatchling().ink(95).build(), 2).ink()).isEqualTo(100);
    }

    @Test
    void needsStopAtZero() {
        OctopusState later = after(hatchling().joy(2).cleanliness(1).build(), 1);

        assertThat(later.needs().joy()).isZero();
        assertThat(later.needs().cleanliness()).isZero();
    }

    @Test
    void healthRecoversTwoPerHourWhenSatietyEnergyAndCleanlinessAreAllAtLeast40() {
        assertThat(after(hatchling().build(), 1).needs().health()).isCloseTo(82, EXACT);
        assertThat(after(hatchling().health(99.5).build(), 1).needs().health()).isEqualTo(100);
    }

    @Test
    void healthHoldsWhenANeedIsBetween15And40() {
        assertThat(after(hatchling().satiety(36).build(), 0.5).needs().health()).isCloseTo(80, EXACT);
    }

    @Test
    void healthFallsThreePerHourForEachOfSatietyEnergyAndCleanlinessBelow15() {
        assertThat(after(hatchling().satiety(14).build(), 1).needs().health()).isCloseTo(77, EXACT);
        assertThat(after(hatchling().satiety(14).energy(14).build(), 1).needs().health())
                .isCloseTo(74, EXACT);
        assertThat(after(hatchling().satiety(14).energy(14).cleanliness(14).build(), 1)
                        .needs()
                        .health())
                .isCloseTo(71, EXACT);
    }

    @Test
    void healthStartsFallingExactlyWhenANeedCrosses15() {
        // Satiety 18 reaches 15 after half an hour: +2/h stopped at 40 already, -3/h from 15 on.
        OctopusState later = after(hatchling().satiety(18).build(), 1.5);

        assertThat(later.needs().health()).isCloseTo(80 - 3, EXACT);
    }

    @Test
    void healthStopsRecoveringExactlyWhenANeedFallsBelow40() {
        // Satiety 46 reaches 40 after an hour: +2 health for that hour only.
        assertThat(after(hatchling().satiety(46).build(), 2).needs().health()).isCloseTo(82, EXACT);
    }

    @Test
    void healthStartsRecoveringExactlyWhenSleepingEnergyReaches40() {
        // Energy 30 reaches 40 after half an hour asleep: +2 health for the remaining hour.
        OctopusState sleeping = hatchling().asleep().energy(30).build();

        assertThat(after(sleeping, 1.5).needs().health()).isCloseTo(82, EXACT);
    }

    @Test
    void sicknessCostsTwoMoreHealthPerHourAndStopsRecovery() {
        assertThat(after(hatchling().sick().build(), 1).needs().health()).isCloseTo(78, EXACT);
        assertThat(after(hatchling().sick().satiety(14).build(), 1).needs().health())
                .isCloseTo(75, EXACT);
    }

    @Test
    void healthRulesApplyWhileAsleep() {
        OctopusState later = after(hatchling().asleep().energy(50).satiety(10).build(), 1);

        assertThat(later.needs().health()).isCloseTo(77, EXACT);
    }

    @Test
    void exhaustedOctopusFallsAsleepByItselfAtZeroEnergy() {
        OctopusState tired = hatchling().energy(10).build();

        assertThat(after(tired, 1.9).asleep()).isFalse();
        OctopusState atZero = after(tired, 2);
        assertThat(atZero.asleep()).isTrue();
        assertThat(atZero.needs().energy()).isZero();
        assertThat(after(tired, 3).needs().energy()).isCloseTo(20, EXACT);
    }

    @Test
    void sleepingOctopusWakesByItselfAtFullEnergy() {
        OctopusState sleeping = hatchling().asleep().energy(60).build();

        assertThat(after(sleeping, 1.9).asleep()).isTrue();
        OctopusState atFull = after(sleeping, 2);
        assertThat(atFull.asleep()).isFalse();
        assertThat(atFull.needs().energy()).isEqualTo(100);
        assertThat(after(sleeping, 3).needs().energy()).isCloseTo(95, EXACT);
    }

    @Test
    void eggDoesNotChangeUntilItHatches() {
        OctopusState egg = Octopi.REAL_TIME.hatchEgg(Octopi.PET, Species.COMMON, Octopi.T0);

        OctopusState later = after(egg, 9.0 / 60);

        assertThat(later.stage()).isEqualTo(Stage.EGG);
        assertThat(later.needs()).isEqualTo(egg.needs());
        assertThat(later.trust()).isEqualTo(egg.trust());
        assertThat(later.ink()).isEqualTo(egg.ink());
        assertThat(later.timers().activeAgeHours()).isCloseTo(0.15, EXACT);
    }

    @Test
    void eggHatchesAfterTenMinutesAndStartsLiving() {
        OctopusState egg = Octopi.REAL_TIME.hatchEgg(Octopi.PET, Species.COMMON, Octopi.T0);

        OctopusState hatched = after(egg, 10.0 / 60);
        assertThat(hatched.stage()).isEqualTo(Stage.HATCHLING);
        assertThat(hatched.needs()).isEqualTo(egg.needs());
        assertThat(after(egg, 10.0 / 60 + 1).needs().satiety())
                .isCloseTo(egg.needs().satiety() - 6, EXACT);
        assertThat(Simulation.happeningsBetween(egg, hatched))
                .containsExactly(new Happening.StageReached(Stage.HATCHLING));
    }

    @Test
    void cleanlinessBelow20ForTwoHoursMakesItSick() {
        OctopusState dirty = hatchling().cleanliness(19).build();

        assertThat(after(dirty, 1.99).sick()).isFalse();
        OctopusState sick = after(dirty, 2);
        assertThat(sick.sick()).isTrue();
        assertThat(Simulation.happeningsBetween(dirty, sick)).containsExactly(new Happening.FellSick());
    }

    @Test
    void theDirtyWaterTimerStartsWhenCleanlinessCrosses20() {
        // 21 reaches 20 after half an hour, then two more hours below it.
        OctopusState dirty = hatchling().cleanliness(21).build();

        assertThat(after(dirty, 2.49).sick()).isFalse();
        assertThat(after(dirty, 2.5).sick()).isTrue();
    }

    @Test
    void healthDroppingBelow30MakesItSick() {
        OctopusState weak = hatchling().health(31).satiety(10).build();

        assertThat(after(weak, 0.3).sick()).isFalse();
        assertThat(after(weak, 0.34).sick()).isTrue();
    }

    @Test
    void healthReachingZeroMakesItEscapeInsteadOfDying() {
        OctopusState dying = hatchling()
                .health(3)
                .satiety(5)
                .energy(50)
                .cleanliness(5)
                .sick()
                .build();

        OctopusState gone = after(dying, 1);

        // -3 -3 -2 per hour reaches 0 after 22.5 minutes; everything stops there.
        assertThat(gone.status()).isEqualTo(Status.ESCAPED);
        assertThat(gone.needs().health()).isZero();
        assertThat(gone.needs().energy()).isCloseTo(50 - 5 * 0.375, EXACT);
        assertThat(gone.timers().activeAgeHours()).isCloseTo(Octopi.HATCHLING_AGE + 0.375, EXACT);
        assertThat(Simulation.happeningsBetween(dying, gone)).containsExactly(new Happening.Escaped());
    }

    @Test
    void escapedOctopusIsFrozenForGood() {
        OctopusState gone = hatchling().status(Status.ESCAPED).health(0).build();

        OctopusState muchLater = after(gone, 24 * 90);

        assertThat(muchLater.needs()).isEqualTo(gone.needs());
        assertThat(muchLater.timers()).isEqualTo(gone.timers());
        assertThat(muchLater.updatedAt()).isEqualTo(plusHours(Octopi.T0, 24 * 90));
    }

    @Test
    void after12HoursWithoutTheOwnerDecayRunsAtAThird() {
        OctopusState alone = hatchling().hoursSinceInteraction(12).build();

        OctopusState later = after(alone, 3);

        assertThat(later.needs().satiety()).isCloseTo(70 - 6, EXACT);
        assertThat(later.needs().joy()).isCloseTo(70 - 4, EXACT);
        assertThat(later.needs().energy()).isCloseTo(70 - 5, EXACT);
        assertThat(later.needs().cleanliness()).isCloseTo(70 - 2, EXACT);
    }

    @Test
    void theAwayGraceStartsExactly12HoursAfterTheLastInteraction() {
        OctopusState alone = hatchling().hoursSinceInteraction(11).build();

        // One hour at full decay, then three at a third.
        assertThat(after(alone, 4).needs().satiety()).isCloseTo(70 - 6 - 6, EXACT);
    }

    @Test
    void theAwayGraceSlowsHealthLossToo() {
        OctopusState alone = hatchling().hoursSinceInteraction(12).satiety(10).build();

        assertThat(after(alone, 3).needs().health()).isCloseTo(80 - 3, EXACT);
    }

    @Test
    void theAwayGraceDoesNotSlowRecovery() {
        OctopusState alone =
                hatchling().hoursSinceInteraction(12).asleep().energy(20).ink(0).build();

        OctopusState later = after(alone, 1);

        assertThat(later.needs().energy()).isCloseTo(40, EXACT);
        assertThat(later.ink()).isCloseTo(10, EXACT);
        assertThat(later.needs().health()).isCloseTo(80, EXACT);
        assertThat(after(hatchling().hoursSinceInteraction(12).build(), 1)
                        .needs()
                        .health())
                .isCloseTo(82, EXACT);
    }

    @Test
    void anAppliedActionRestartsTheAwayGraceClock() {
        OctopusState alone = hatchling().hoursSinceInteraction(20).build();

        OctopusState cleaned = applied(alone, new Action.Clean()).state();

        assertThat(cleaned.timers().hoursSinceInteraction()).isZero();
        assertThat(after(cleaned, 1).needs().satiety()).isCloseTo(70 - 6, EXACT);
    }

    @Test
    void timeScaleMultipliesElapsedTime() {
        Simulation fast = new Simulation(new SimulationSettings(60));
        OctopusState pet = hatchling().build();

        OctopusState aMinuteLater = fast.advance(pet, Octopi.T0.plus(Duration.ofMinutes(1)));

        assertThat(aMinuteLater.needs().satiety()).isCloseTo(64, EXACT);
        assertThat(aMinuteLater.timers().activeAgeHours()).isCloseTo(Octopi.HATCHLING_AGE + 1, EXACT);
    }

    @Test
    void advancingToAnEarlierInstantLeavesTheSnapshotUnchanged() {
        OctopusState pet = hatchling().build();

        assertThat(Octopi.REAL_TIME.advance(pet, Octopi.T0.minusSeconds(5))).isEqualTo(pet);
        assertThat(Octopi.REAL_TIME.advance(pet, Octopi.T0)).isEqualTo(pet);
    }

    @Test
    void advancingByNothingStillAppliesTheRulesOfTheInstant() {
        OctopusState inconsistent = hatchling()
                .asleep()
                .energy(100)
                .cleanliness(19)
                .dirtyWaterHours(2)
                .build();

        OctopusState settled = Octopi.REAL_TIME.advance(inconsistent, Octopi.T0);

        assertThat(settled.asleep()).isFalse();
        assertThat(settled.sick()).isTrue();
        assertThat(settled.updatedAt()).isEqualTo(Octopi.T0);
    }

    @Test
    void longAbsencesAreComputedInAFewBreakpointsNotHourByHour() {
        OctopusState pet = hatchling().build();

        // A year is 8760 hours; this would take a while hour by hour, and it must end escaped.
        OctopusState aYearLater = after(pet, 24 * 365);

        assertThat(aYearLater.status()).isEqualTo(Status.ESCAPED);
        assertThat(aYearLater.updatedAt()).isEqualTo(plusHours(Octopi.T0, 24 * 365));
    }
}
