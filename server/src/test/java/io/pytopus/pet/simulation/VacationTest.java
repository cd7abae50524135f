package io.pytopus.pet.simulation;

import static io.pytopus.pet.simulation.Octopi.act;
import static io.pytopus.pet.simulation.Octopi.after;
import static io.pytopus.pet.simulation.Octopi.applied;
import static io.pytopus.pet.simulation.Octopi.egg;
import static io.pytopus.pet.simulation.Octopi.juvenile;
import static io.pytopus.pet.simulation.Octopi.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pytopus.pet.simulation.Action.Clean;
import io.pytopus.pet.simulation.Action.EndVacation;
import io.pytopus.pet.simulation.Action.Feed;
import io.pytopus.pet.simulation.Action.Release;
import io.pytopus.pet.simulation.Action.StartVacation;
import io.pytopus.pet.simulation.Action.Stroke;
import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Vacation and release, the actions about the octopus's relationship with its owner. */
class VacationTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final double DAYS = 24;

    private static OctopusState onVacation() {
        return applied(juvenile().build(), new StartVacation()).state();
    }

    @Test
    void aVacationFreezesTheOctopusCompletely() {
        OctopusState away = onVacation();

        OctopusState tenDaysLater = after(away, 10 * DAYS);

        assertThat(tenDaysLater.status()).isEqualTo(Status.ON_VACATION);
        assertThat(tenDaysLater.needs()).isEqualTo(away.needs());
        assertThat(tenDaysLater.trust()).isEqualTo(away.trust());
        assertThat(tenDaysLater.ink()).isEqualTo(away.ink());
        assertThat(tenDaysLater.timers().activeAgeHours())
                .isEqualTo(away.timers().activeAgeHours());
        assertThat(tenDaysLater.timers().vacationHours()).isCloseTo(10 * DAYS, EXACT);
    }

    @Test
    void aVacationEndsByItselfAfter14Days() {
        OctopusState away = onVacation();

        OctopusState almost = after(away, 14 * DAYS - 0.01);
        OctopusState back = after(away, 14 * DAYS);

        assertThat(almost.status()).isEqualTo(Status.ON_VACATION);
        assertThat(back.status()).isEqualTo(Status.ACTIVE);
        assertThat(back.needs()).isEqualTo(away.needs());
        assertThat(Simulation.happeningsBetween(away, back)).containsExactly(new Happening.VacationEnded(true));
    }

    @Test
    void aVacationEndsAfterExactly14DaysHoweverTheTimeIsSplit() {
        OctopusState away = onVacation();
        java.time.Instant end = Octopi.T0.plus(Duration.ofDays(14));

        for (int sevenths = 1; sevenths < 7; sevenths++) {
            java.time.Instant split =
                    Octopi.T0.plus(Duration.ofDays(14).multipliedBy(sevenths).dividedBy(7));
            OctopusState back = Octopi.REAL_TIME.advance(Octopi.REAL_TIME.advance(away, split), end);

            assertThat(back.status()).as("split after %d/7", sevenths).isEqualTo(Status.ACTIVE);
            assertThat(back.timers().activeAgeHours()).isEqualTo(Octopi.JUVENILE_AGE);
        }
    }

    @Test
    void afterAVacationThatEndedByItselfTheOctopusLivesOnInTheAwayGrace() {
        OctopusState away = onVacation();

        // Three hours after the vacation: the owner has been gone for two weeks, so decay runs at a third.
        OctopusState later = after(away, 14 * DAYS + 3);

        assertThat(later.timers().activeAgeHours()).isCloseTo(Octopi.JUVENILE_AGE + 3, EXACT);
        assertThat(later.needs().satiety()).isCloseTo(70 - 6, EXACT);
    }

    @Test
    void endingAVacationLetsTheOctopusLiveOnAtFullPace() {
        OctopusState away = onVacation();

        ActionOutcome outcome = act(away, new EndVacation(), 5 * DAYS);

        ActionOutcome.Applied back = (ActionOutcome.Applied) outcome;
        assertThat(back.state().status()).isEqualTo(Status.ACTIVE);
        assertThat(back.happenings()).containsExactly(new Happening.VacationEnded(false));
        assertThat(after(back.state(), 1).needs().satiety()).isCloseTo(70 - 6, EXACT);
    }

    @Test
    void aVacationIsRefusedWhileSick() {
        assertThat(refusal(juvenile().sick().build(), new StartVacation())).isEqualTo(Refusal.TOO_SICK_FOR_VACATION);
    }

    @Test
    void aVacationIsRefusedWithHealthBelow30() {
        assertThat(refusal(juvenile().health(29.9).healthAlarmArmed(false).build(), new StartVacation()))
                .isEqualTo(Refusal.TOO_SICK_FOR_VACATION);
        assertThat(refusal(juvenile().health(30).build(), new StartVacation())).isNull();
    }

    @Test
    void startingASecondVacationIsRefused() {
        assertThat(refusal(onVacation(), new StartVacation())).isEqualTo(Refusal.ALREADY_ON_VACATION);
    }

    @Test
    void endingAVacationThatIsNotOnIsRefused() {
        assertThat(refusal(juvenile().build(), new EndVacation())).isEqualTo(Refusal.NOT_ON_VACATION);
    }

    @Test
    void careActionsAreRefusedOnVacation() {
        assertThat(refusal(onVacation(), new Feed(Food.SHRIMP))).isEqualTo(Refusal.ON_VACATION);
        assertThat(refusal(onVacation(), new Clean())).isEqualTo(Refusal.ON_VACATION);
        assertThat(refusal(onVacation(), new Stroke())).isEqualTo(Refusal.ON_VACATION);
    }

    @Test
    void anEggCanGoOnVacationAndDoesNotHatchMeanwhile() {
        OctopusState away = applied(egg().build(), new StartVacation()).state();

        assertThat(after(away, 3 * DAYS).stage()).isEqualTo(Stage.EGG);
    }

    @Test
    void theVacationLengthFollowsTheTimeScale() {
        Simulation fast = new Simulation(new SimulationSettings(24));
        OctopusState away = onVacation();

        OctopusState back = fast.advance(away, Octopi.T0.plus(Duration.ofHours(14)));

        assertThat(back.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void releasingLetsTheOctopusGoForGood() {
        ActionOutcome.Applied released = applied(juvenile().build(), new Release());

        assertThat(released.state().status()).isEqualTo(Status.RELEASED);
        assertThat(released.happenings()).containsExactly(new Happening.Released());
        assertThat(after(released.state(), 5 * DAYS).needs())
                .isEqualTo(released.state().needs());
        assertThat(refusal(released.state(), new Feed(Food.SHRIMP))).isEqualTo(Refusal.GONE);
        assertThat(refusal(released.state(), new Release())).isEqualTo(Refusal.GONE);
    }

    @Test
    void anOctopusOnVacationCanBeReleased() {
        assertThat(applied(onVacation(), new Release()).state().status()).isEqualTo(Status.RELEASED);
    }
}
