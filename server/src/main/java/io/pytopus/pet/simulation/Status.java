package io.pytopus.pet.simulation;

/** Where the octopus is in its relationship with its owner. */
public enum Status {
    /** Lives in the tank and changes over time. */
    ACTIVE,
    /** Frozen by its owner: no decay, no ageing, until the vacation ends. */
    ON_VACATION,
    /** Slipped down the drain to the sea when its health reached 0; frozen for good. */
    ESCAPED,
    /** Let go to the sea by its owner; frozen for good. */
    RELEASED;

    /** Whether the octopus is still in its owner's care (it may be frozen on vacation). */
    public boolean present() {
        return this == ACTIVE || this == ON_VACATION;
    }
}
