package io.pytopus.pet.simulation;

/**
 * The five needs, each in [0, 100], higher is better.
 *
 * @param satiety how well fed
 * @param joy how entertained
 * @param energy how rested
 * @param cleanliness the tank's water quality
 * @param health overall health; at 0 the octopus escapes
 */
public record Needs(double satiety, double joy, double energy, double cleanliness, double health) {

    public Needs {
        requireNeed("satiety", satiety);
        requireNeed("joy", joy);
        requireNeed("energy", energy);
        requireNeed("cleanliness", cleanliness);
        requireNeed("health", health);
    }

    /** The mean of the five needs. */
    public double mean() {
        return (satiety + joy + energy + cleanliness + health) / 5;
    }

    /** Whether every need is at least {@code level}. */
    public boolean allAtLeast(double level) {
        return satiety >= level && joy >= level && energy >= level && cleanliness >= level && health >= level;
    }

    private static void requireNeed(String name, double value) {
        // Written as a negated range test so that NaN is refused too.
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(name + " must be in [0, 100], was " + value);
        }
    }
}
