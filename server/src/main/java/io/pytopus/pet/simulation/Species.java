package io.pytopus.pet.simulation;

/** Octopus species; each modifies one rule of the baseline {@link #COMMON} octopus. */
public enum Species {
    /** The baseline. */
    COMMON(1.0, 1.0, 1.0, 3),
    /** Every stage, the egg included, lasts 1.5 times as long. */
    GIANT_PACIFIC(1.5, 1.0, 1.0, 3),
    /** Energy decays 20% slower while awake. */
    DUMBO(1.0, 0.8, 1.0, 3),
    /** Trust grows 50% slower: a stroke earns half the trust. */
    BLUE_RINGED(1.0, 1.0, 0.5, 3),
    /** Learns tricks 50% faster: two successful trainings instead of three. */
    MIMIC(1.0, 1.0, 1.0, 2);

    private final double energyDecayFactor;
    private final double trustGainFactor;
    private final int successesToLearn;
    private final double hatchlingFrom;
    private final double juvenileFrom;
    private final double adultFrom;
    private final double elderFrom;

    Species(double stageLengthFactor, double energyDecayFactor, double trustGainFactor, int successesToLearn) {
        this.energyDecayFactor = energyDecayFactor;
        this.trustGainFactor = trustGainFactor;
        this.successesToLearn = successesToLearn;
        this.hatchlingFrom = Stage.EGG.baseEndHours() * stageLengthFactor;
        this.juvenileFrom = Stage.HATCHLING.baseEndHours() * stageLengthFactor;
        this.adultFrom = Stage.JUVENILE.baseEndHours() * stageLengthFactor;
        this.elderFrom = Stage.ADULT.baseEndHours() * stageLengthFactor;
    }

    /** The stage of an octopus of this species at the given active age (simulated hours). */
    public Stage stageAt(double activeAgeHours) {
        if (activeAgeHours < hatchlingFrom) {
            return Stage.EGG;
        }
        if (activeAgeHours < juvenileFrom) {
            return Stage.HATCHLING;
        }
        if (activeAgeHours < adultFrom) {
            return Stage.JUVENILE;
        }
        return activeAgeHours < elderFrom ? Stage.ADULT : Stage.ELDER;
    }

    /** Active age (simulated hours) at which the given stage ends; infinite for {@link Stage#ELDER}. */
    public double stageEndHours(Stage stage) {
        return switch (stage) {
            case EGG -> hatchlingFrom;
            case HATCHLING -> juvenileFrom;
            case JUVENILE -> adultFrom;
            case ADULT -> elderFrom;
            case ELDER -> Double.POSITIVE_INFINITY;
        };
    }

    /** Multiplier of the awake energy decay. */
    double energyDecayFactor() {
        return energyDecayFactor;
    }

    /** Multiplier of the trust a stroke earns. */
    double trustGainFactor() {
        return trustGainFactor;
    }

    /** Successful trainings needed to learn a trick. */
    public int successesToLearn() {
        return successesToLearn;
    }
}
