package io.pytopus.reef.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pytopus.pet.simulation.Mood;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Skin;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Trick;
import io.pytopus.reef.ReefProfile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A public profile ({@code GET /api/v1/reef/pets/{id}}): what anyone may see of an octopus its owner
 * shows. {@code personality} and {@code bio} are written out as {@code null} when absent.
 */
record ReefPetResponse(
        UUID id,
        String name,
        Species species,
        Stage stage,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Personality personality,
        List<Trick> tricks,
        String ownerName,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String bio,
        long waves,
        Instant hatchedAt,
        String color,
        Mood mood,
        Skin skin) {

    static ReefPetResponse of(ReefProfile profile) {
        var pet = profile.pet();
        return new ReefPetResponse(
                pet.id(),
                pet.name(),
                pet.species(),
                pet.stage(),
                pet.personality(),
                pet.tricks(),
                profile.ownerName(),
                pet.bio(),
                profile.waves(),
                pet.hatchedAt(),
                pet.color(),
                pet.mood(),
                pet.skin());
    }
}
