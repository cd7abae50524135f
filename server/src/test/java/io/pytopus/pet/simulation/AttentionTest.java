package io.pytopus.pet.simulation;

import static io.pytopus.pet.simulation.Octopi.REAL_TIME;
import static io.pytopus.pet.simulation.Octopi.T0;
import static io.pytopus.pet.simulation.Octopi.applied;
import static io.pytopus.pet.simulation.Octopi.juvenile;
import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.pet.simulation.Action.StartVacation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Attention" of DESIGN §2: when the octopus will next need its owner. */
class AttentionTest {

    private static Instant attention(OctopusState pet) {
        return REAL_TIME.nextAttentionAt(pet).orElseThrow();
    }

    private static void assertAbout(Instant actual, Instant expected) {
        // Rounded up to the nanosecond.
        assertThat(Duration.between(expected, actual)).isBetween(Duration.ZERO, Duration.ofNanos(2));
    }

    @Test
    void attentionIsDueWhenTheFirstNeedReaches30() {
        // Satiety 70 falls 6 per hour: 30 after 6 h 40 min, before energy (8 h) and joy (10 h).
        assertAbout(attention(juvenile().build()), T0.plus(Duration.ofMinutes(400)));
    }

    @Test
    void whicheverNeedReaches30FirstDecides() {
        OctopusState pet = juvenile().needs(100).cleanliness(35).build();

        // Cleanliness falls 2 per hour: 30 after 2 h 30 min, long before satiety (11 h 40 min).
        assertAbout(attention(pet), T0.plus(Duration.ofMinutes(150)));
    }

    @Test
    void anOctopusThatAlreadyNeedsItsOwnerNeedsThemNow() {
        assertThat(attention(juvenile().joy(29).build())).isEqualTo(T0);
        assertThat(attention(juvenile().sick().build())).isEqualTo(T0);
    }

    @Test
    void lowEnergyWhileAsleepDoesNotCallTheOwner() {
        OctopusState sleeping = juvenile().asleep().energy(10).build();

        // Asleep, satiety falls 2 per hour; it wakes at 100 after 4.5 h with satiety 61, which then
        // falls 6 per hour: 30 after 5 h 10 min more.
        assertAbout(attention(sleeping), T0.plus(Duration.ofMinutes(270 + 310)));
    }

    @Test
    void anOctopusThatIsGoneNeverNeedsAttention() {
        assertThat(REAL_TIME.nextAttentionAt(juvenile().status(Status.ESCAPED).build()))
                .isEmpty();
        assertThat(REAL_TIME.nextAttentionAt(juvenile().status(Status.RELEASED).build()))
                .isEmpty();
    }

    @Test
    void nothingNeedsTheOwnerDuringAVacation() {
        OctopusState away =
                applied(juvenile().satiety(20).build(), new StartVacation()).state();

        assertThat(attention(away)).isEqualTo(T0.plus(Duration.ofDays(14)));
    }

    @Test
    void anEggNeedsNothingUntilItHatches() {
        OctopusState egg = REAL_TIME.hatchEgg(Octopi.PET, Species.COMMON, T0);

        // Hatches after 10 minutes; satiety 80 then falls 6 per hour to 30 in 8 h 20 min.
        assertAbout(attention(egg), T0.plus(Duration.ofMinutes(10 + 500)));
    }

    @Test
    void attentionIsGivenInRealTimeUnderATimeScale() {
        Simulation fast = new Simulation(new SimulationSettings(60));

        Instant due = fast.nextAttentionAt(juvenile().build()).orElseThrow();

        assertAbout(due, T0.plus(Duration.ofSeconds(400)));
    }
}
