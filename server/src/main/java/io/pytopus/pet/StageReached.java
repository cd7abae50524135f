package io.pytopus.pet;

import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Stage;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * The octopus reached a life stage ({@link Stage#HATCHLING}: it hatched from its egg), noticed when
 * its owner next acted on it.
 *
 * @param personality the personality fixed as it became an adult, otherwise {@code null}
 */
@Externalized("pytopus.events::pet.stage-reached")
public record StageReached(
        UUID eventId,
        UUID petId,
        UUID ownerId,
        String petName,
        Instant occurredAt,
        Stage stage,
        Personality personality)
        implements PetEvent {}
