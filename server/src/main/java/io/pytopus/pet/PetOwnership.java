package io.pytopus.pet;

import java.util.UUID;

/**
 * Whose octopus is whose, for modules that serve data about a pet (its journal) to its owner only.
 */
public interface PetOwnership {

    /**
     * Checks that {@code petId} is one of {@code ownerId}'s octopuses.
     *
     * @throws io.pytopus.system.ProblemException 404 {@code NOT_FOUND} when it is not, exactly as the
     *     pet API answers for another user's pet, so ids reveal nothing
     */
    void requireOwner(UUID ownerId, UUID petId);
}
