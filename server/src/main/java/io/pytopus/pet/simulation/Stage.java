package io.pytopus.pet.simulation;

/** Life stages, entered by active age (see {@link Species#stageAt(double)}). */
public enum Stage {
    EGG(10.0 / 60.0),
    HATCHLING(24),
    JUVENILE(4 * 24),
    ADULT(30 * 24),
    ELDER(Double.POSITIVE_INFINITY);

    private final double baseEndHours;

    Stage(double baseEndHours) {
        this.baseEndHours = baseEndHours;
    }

    /** Active age in simulated hours at which this stage ends for a {@link Species#COMMON} octopus. */
    double baseEndHours() {
        return baseEndHours;
    }
}
