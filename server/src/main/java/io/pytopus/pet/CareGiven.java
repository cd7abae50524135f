package io.pytopus.pet;

import io.pytopus.pet.simulation.Happening;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * The owner applied an action (care, or the start or end of a vacation; a release is {@link
 * PetReleased}).
 *
 * @param action the action's name, as in the API ({@code FEED}, {@code TRAIN}, …)
 * @param item its food, toy or trick, or {@code null}
 * @param seq the action's number in the pet's history
 * @param happenings everything the action brought, in order: first what time brought since the last
 *     snapshot (a stage, a sickness; those also come as events of their own), then the action's part
 */
@Externalized("pytopus.events::pet.care-given")
public record CareGiven(
        UUID eventId,
        UUID petId,
        UUID ownerId,
        String petName,
        Instant occurredAt,
        String action,
        String item,
        long seq,
        List<Happening> happenings)
        implements PetEvent {

    public CareGiven {
        happenings = List.copyOf(happenings);
    }
}
