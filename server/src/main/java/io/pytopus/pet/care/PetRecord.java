package io.pytopus.pet.care;

import io.pytopus.pet.simulation.OctopusState;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored pet: its identity and settings plus the latest simulation snapshot.
 *
 * @param bio the owner's plain-text introduction for the reef, or {@code null}
 * @param actionCount how many actions were applied; the next action's sequence number
 * @param version the optimistic-locking version of the row
 */
public record PetRecord(
        UUID id,
        UUID ownerId,
        String name,
        String color,
        boolean isPublic,
        @Nullable String bio,
        OctopusState state,
        long actionCount,
        long version,
        Instant createdAt) {

    boolean ownedBy(UUID userId) {
        return ownerId.equals(userId);
    }

    PetRecord withState(OctopusState newState, long newActionCount) {
        return new PetRecord(id, ownerId, name, color, isPublic, bio, newState, newActionCount, version, createdAt);
    }

    PetRecord withVersion(long newVersion) {
        return new PetRecord(id, ownerId, name, color, isPublic, bio, state, actionCount, newVersion, createdAt);
    }

    PetRecord withProfile(String newName, boolean newPublic, @Nullable String newBio) {
        return new PetRecord(id, ownerId, newName, color, newPublic, newBio, state, actionCount, version, createdAt);
    }

    /** Whether visitors of the reef may see it: shown by its owner and still in the owner's care. */
    boolean inTheReef() {
        return isPublic && state.status().present();
    }
}
