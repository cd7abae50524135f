package io.pytopus.pet;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * The owner let the octopus go to the sea ({@code POST /api/v1/pets/{id}/release}).
 *
 * @param seq the release's number in the pet's history
 */
@Externalized("pytopus.events::pet.released")
public record PetReleased(UUID eventId, UUID petId, UUID ownerId, String petName, Instant occurredAt, long seq)
        implements PetEvent {}
