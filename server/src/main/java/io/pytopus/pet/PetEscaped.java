package io.pytopus.pet;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** Its health reached 0 and the octopus escaped down the drain to the sea (DESIGN §2). */
@Externalized("pytopus.events::pet.escaped")
public record PetEscaped(UUID eventId, UUID petId, UUID ownerId, String petName, Instant occurredAt)
        implements PetEvent {}
