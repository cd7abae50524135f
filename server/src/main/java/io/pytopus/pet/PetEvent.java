package io.pytopus.pet;

import io.pytopus.system.RelayedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an octopus, published in the transaction that changed it (the outbox)
 * and relayed to the {@code pytopus.events} exchange under a {@code pet.*} routing key.
 *
 * <p>Each event names the pet and its owner and carries the pet's name as it was then, so a consumer
 * can write "Inky ate a shrimp." without reading the pet module's tables.
 */
public sealed interface PetEvent extends RelayedEvent
        permits PetHatched,
                CareGiven,
                StageReached,
                TrickLearned,
                PetFellSick,
                PetEscaped,
                PetReleased,
                PetProfileChanged {

    UUID petId();

    UUID ownerId();

    String petName();

    @Override
    UUID eventId();

    @Override
    Instant occurredAt();
}
