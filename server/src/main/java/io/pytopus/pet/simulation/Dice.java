package io.pytopus.pet.simulation;

import java.util.UUID;

/**
 * The simulation's only randomness: a pure function of the pet id and the action's sequence number,
 * so replaying a pet's history gives the same rolls and no random state has to be stored.
 */
final class Dice {

    private Dice() {}

    /** A uniform number in [0, 1) for action {@code sequenceNumber} of pet {@code petId}. */
    static double roll(UUID petId, long sequenceNumber) {
        long seed = mix(petId.getMostSignificantBits());
        seed = mix(seed ^ petId.getLeastSignificantBits());
        seed = mix(seed ^ sequenceNumber);
        return (seed >>> 11) * 0x1.0p-53;
    }

    /** The SplitMix64 finaliser: every input bit affects every output bit. */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
