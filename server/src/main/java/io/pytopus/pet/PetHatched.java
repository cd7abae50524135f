package io.pytopus.pet;

import io.pytopus.pet.simulation.Species;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** An owner laid a new egg ({@code POST /api/v1/pets}); it hatches by itself ten minutes later. */
@Externalized("pytopus.events::pet.hatched")
public record PetHatched(UUID eventId, UUID petId, UUID ownerId, String petName, Instant occurredAt, Species species)
        implements PetEvent {}
