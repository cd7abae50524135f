package io.pytopus.pet.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pytopus.pet.care.PetView;
import io.pytopus.pet.simulation.Mood;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Skin;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Status;
import io.pytopus.pet.simulation.Trick;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An octopus as of the request: needs, mood and skin advanced to now. */
record PetResponse(
        UUID id,
        String name,
        String color,
        Species species,
        Stage stage,
        Status status,
        boolean asleep,
        boolean sick,
        Needs needs,
        double trust,
        double ink,
        Mood mood,
        Skin skin,
        List<Trick> tricks,
        Personality personality,
        long ageSeconds,
        @Nullable Instant nextAttentionAt,
        @JsonProperty("public") boolean isPublic,
        @Nullable String bio,
        Instant updatedAt) {

    record Needs(double satiety, double joy, double energy, double cleanliness, double health) {}

    static PetResponse of(PetView view) {
        var pet = view.pet();
        var state = view.now();
        var needs = state.needs();
        return new PetResponse(
                pet.id(),
                pet.name(),
                pet.color(),
                state.species(),
                state.stage(),
                state.status(),
                state.asleep(),
                state.sick(),
                new Needs(
                        round(needs.satiety()),
                        round(needs.joy()),
                        round(needs.energy()),
                        round(needs.cleanliness()),
                        round(needs.health())),
                round(state.trust()),
                round(state.ink()),
                state.mood(),
                state.skin(),
                List.copyOf(state.tricks().learnedTricks()),
                state.personality(),
                state.timers().activeAge().toSeconds(),
                view.nextAttentionAt(),
                pet.isPublic(),
                pet.bio(),
                state.updatedAt());
    }

    /** Two decimals are plenty for a meter; the exact values stay in the snapshot. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
