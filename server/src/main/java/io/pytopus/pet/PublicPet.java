package io.pytopus.pet;

import io.pytopus.pet.simulation.Mood;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Skin;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Trick;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An octopus as visitors of the reef may see it: public and still in its owner's care, advanced to
 * the instant it was read. Needs, trust and history stay private.
 *
 * @param personality {@code null} until it is fixed at adulthood
 * @param tricks the learned tricks, in the order of {@link Trick}
 * @param hatchedAt when its egg was laid
 * @param bornAt when it would have been laid had it never been on vacation: its active age is the
 *     time since, so sorting by it sorts by age, and it changes only when a vacation ends
 * @param version grows with every stored change of the pet (the row's optimistic-locking version)
 */
public record PublicPet(
        UUID id,
        UUID ownerId,
        String name,
        @Nullable String bio,
        String color,
        Species species,
        Stage stage,
        @Nullable Personality personality,
        List<Trick> tricks,
        Instant hatchedAt,
        Instant bornAt,
        Mood mood,
        Skin skin,
        long version) {

    public PublicPet {
        tricks = List.copyOf(tricks);
    }
}
