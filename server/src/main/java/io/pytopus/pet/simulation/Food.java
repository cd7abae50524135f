package io.pytopus.pet.simulation;

/** What an octopus can be fed, with the satiety each portion gives. */
public enum Food {
    SHRIMP(20),
    CLAM(25),
    /** Too big for a hatchling. */
    CRAB(30);

    private final double satiety;

    Food(double satiety) {
        this.satiety = satiety;
    }

    /** Satiety one portion gives (halved when the same food comes a third time in a row). */
    public double satiety() {
        return satiety;
    }

    int bit() {
        return 1 << ordinal();
    }

    static final int ALL_BITS = (1 << values().length) - 1;
}
