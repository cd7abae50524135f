package io.pytopus.pet.simulation;

/**
 * Why an action was refused. The names are stable: the API returns them as the {@code code} of an
 * HTTP 409 problem document.
 */
public enum Refusal {
    /** FEED with satiety at 95 or more. */
    NOT_HUNGRY,
    /** The octopus is asleep. */
    ASLEEP,
    /** Eggs cannot do that yet. */
    EGG,
    /** Not enough energy for the action (or to stay awake). */
    TOO_TIRED,
    /** SLEEP with energy at 80 or more. */
    NOT_TIRED,
    ALREADY_ASLEEP,
    ALREADY_AWAKE,
    /** TRAIN before the juvenile stage, or CRAB for a hatchling. */
    TOO_YOUNG,
    /** HEAL of a healthy octopus. */
    NOT_SICK,
    /** TRAIN of a trick the octopus already knows. */
    ALREADY_LEARNED,
    /** A care action while the octopus is on vacation. */
    ON_VACATION,
    ALREADY_ON_VACATION,
    NOT_ON_VACATION,
    /** A vacation with health below 30 or while sick. */
    TOO_SICK_FOR_VACATION,
    /** The octopus escaped or was released: nothing can be done any more. */
    GONE
}
