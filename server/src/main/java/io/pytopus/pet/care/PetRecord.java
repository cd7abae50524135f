package io.pytopus.pet.care;

import io.pytopus.pet.simulation.OctopusState;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored pet: its identity and settings plus the latest simulation snapshot.
 *
 * @param actionCount how many actions were applied; the next action's sequence number
 * @param version the optimistic-locking version of the row
 */
public record PetRecord(
        UUID id,
        UUID ownerId,
        String name,
        String color,
        boolean isPublic,
        OctopusState state,
        long actionCount,
        long version,
        Instant createdAt) {

    boolean ownedBy(UUID userId) {
        return ownerId.equals(userId);
    }

    PetRecord withState(OctopusState newState, long newActionCount) {
        return new PetRecord(id, ownerId, name, color, isPublic, newState, newActionCount, version, createdAt);
    }

    PetRecord withSettings(String newName, boolean newPublic) {
        return new PetRecord(id, ownerId, newName, color, newPublic, state, actionCount, version, createdAt);
    }
}
