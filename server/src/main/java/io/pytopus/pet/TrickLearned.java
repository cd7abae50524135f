package io.pytopus.pet;

import io.pytopus.pet.simulation.Trick;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A training session taught the octopus a trick.
 *
 * @param tries how many training sessions of this trick it took, this one included
 */
@Externalized("pytopus.events::pet.trick-learned")
public record TrickLearned(
        UUID eventId, UUID petId, UUID ownerId, String petName, Instant occurredAt, Trick trick, long tries)
        implements PetEvent {}
