package io.pytopus.pet.simulation;

/**
 * The personality fixed at the juvenile to adult transition by the care the octopus received as a
 * juvenile (see {@link JuvenileCare#personality(double)}).
 */
public enum Personality {
    /** Not an adult yet: the personality is still forming. */
    UNFORMED,
    /** Spent more than 6 hours as a juvenile with a need below 30. */
    GRUMPY,
    /** Ended its youth with trust below 25. */
    SHY,
    /** Stroking was its most frequent care, and trust reached 60. */
    CUDDLY,
    /** Training was its most frequent care. */
    SCHOLAR,
    /** Play was its most frequent care. */
    PLAYFUL,
    /** Tasted every food. */
    GOURMET,
    /** A balanced youth that matched no other rule. */
    CURIOUS
}
