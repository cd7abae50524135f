package io.pytopus.reef;

import io.pytopus.pet.PublicPet;

/**
 * An octopus of the reef as its visitors see it.
 *
 * @param pet the octopus, advanced to the instant of the read
 * @param ownerName its owner's display name
 * @param waves how many waves it received from visitors
 */
public record ReefProfile(PublicPet pet, String ownerName, long waves) {

    /**
     * Grows with every change of what the profile shows: the pet's row version plus its waves (both
     * only ever grow), so of two copies of a profile the one with the greater version is the newer.
     */
    public long version() {
        return pet.version() + waves;
    }
}
