package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.pet.PetAttention.Need;
import io.pytopus.pet.simulation.Action;
import io.pytopus.pet.simulation.ActionOutcome;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.OctopusState;
import io.pytopus.pet.simulation.Simulation;
import io.pytopus.pet.simulation.SimulationSettings;
import io.pytopus.pet.simulation.Species;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The needs the attention scheduler names agree with the simulation's own attention rule: a pet
 * needs something exactly when its next attention instant is now.
 */
class AttentionNeedsTest {

    private static final Simulation SIMULATION = new Simulation(SimulationSettings.realTime());
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void anEggNeedsNothing() {
        assertThat(AttentionClaims.needs(egg())).isEmpty();
    }

    @Test
    void aNeglectedHatchlingIsFirstHungry() {
        var egg = egg();
        var due = SIMULATION.nextAttentionAt(egg).orElseThrow();

        assertThat(AttentionClaims.needs(SIMULATION.advance(egg, due))).containsExactly(Need.HUNGRY);
        assertThat(AttentionClaims.needs(SIMULATION.advance(egg, due.minusSeconds(1))))
                .isEmpty();
    }

    @Test
    void aNeglectedOctopusThatFallsSickIsSickFirstOfAll() {
        var egg = egg();
        var at = T0;
        var state = egg;
        while (!state.sick() && at.isBefore(T0.plus(Duration.ofDays(30)))) {
            at = at.plus(Duration.ofHours(1));
            state = SIMULATION.advance(egg, at);
        }

        assertThat(state.sick()).as("sick within 30 days of neglect").isTrue();
        assertThat(AttentionClaims.needs(state)).first().isEqualTo(Need.SICK);
        assertThat(AttentionClaims.needs(state)).contains(Need.HUNGRY);
    }

    @Test
    void theNamedNeedsAgreeWithTheSimulationsAttentionInstantThroughoutALife() {
        var pet = egg();
        for (int minutes = 0; minutes <= 4 * 24 * 60; minutes += 7) {
            var at = T0.plus(Duration.ofMinutes(minutes));
            var state = SIMULATION.advance(pet, at);
            boolean dueNow = SIMULATION
                    .nextAttentionAt(state)
                    .map(due -> !due.isAfter(state.updatedAt()))
                    .orElse(false);
            assertThat(!AttentionClaims.needs(state).isEmpty())
                    .as("at %s: %s", at, state)
                    .isEqualTo(dueNow);
            if (minutes % (7 * 60) == 0) {
                // An owner drops by now and then, so the life passes through sleep and recovery too.
                pet = care(state, at, minutes);
            }
        }
    }

    private static OctopusState care(OctopusState state, Instant at, long seq) {
        for (var action :
                new Action[] {new Action.Feed(Food.CLAM), new Action.Clean(), new Action.Sleep(), new Action.Heal()}) {
            if (SIMULATION.apply(state, action, at, seq) instanceof ActionOutcome.Applied applied) {
                state = applied.state();
            }
        }
        return state;
    }

    private static OctopusState egg() {
        return SIMULATION.hatchEgg(UUID.fromString("6f0f9e36-3f7e-4c1c-9d0a-2d5f3f4b7a10"), Species.COMMON, T0);
    }
}
