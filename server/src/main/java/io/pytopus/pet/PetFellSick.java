package io.pytopus.pet;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** The octopus fell sick (dirty water for too long, or low health); {@code HEAL} cures it. */
@Externalized("pytopus.events::pet.fell-sick")
public record PetFellSick(UUID eventId, UUID petId, UUID ownerId, String petName, Instant occurredAt)
        implements PetEvent {}
