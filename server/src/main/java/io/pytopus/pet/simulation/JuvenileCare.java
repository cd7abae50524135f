package io.pytopus.pet.simulation;

/**
 * The care an octopus received as a juvenile, tallied for the personality rule. Only actions applied
 * while the octopus is a juvenile count, refused ones never do.
 *
 * @param feeds applied FEEDs
 * @param plays applied PLAYs
 * @param cleans applied CLEANs
 * @param strokes applied STROKEs, startled ones included
 * @param trainings applied TRAINs, failed ones included
 * @param foodsTasted the foods fed, one bit per {@link Food} ordinal
 * @param neglectedHours simulated hours spent with any need below 30
 */
public record JuvenileCare(
        int feeds, int plays, int cleans, int strokes, int trainings, int foodsTasted, double neglectedHours) {

    /** No care yet. */
    public static final JuvenileCare NONE = new JuvenileCare(0, 0, 0, 0, 0, 0, 0);

    /** More time than this with a need below 30 makes a grumpy adult. */
    static final double GRUMPY_AFTER_HOURS = 6;

    private static final double SHY_BELOW_TRUST = 25;
    private static final double CUDDLY_FROM_TRUST = 60;

    public JuvenileCare {
        if ((feeds | plays | cleans | strokes | trainings) < 0) {
            throw new IllegalArgumentException("care counts must not be negative");
        }
        if ((foodsTasted & ~Food.ALL_BITS) != 0) {
            throw new IllegalArgumentException("unknown food bits " + Integer.toBinaryString(foodsTasted));
        }
        if (!(neglectedHours >= 0) || Double.isInfinite(neglectedHours)) {
            throw new IllegalArgumentException("neglectedHours must be finite and >= 0, was " + neglectedHours);
        }
    }

    JuvenileCare fed(Food food) {
        return new JuvenileCare(feeds + 1, plays, cleans, strokes, trainings, foodsTasted | food.bit(), neglectedHours);
    }

    JuvenileCare played() {
        return new JuvenileCare(feeds, plays + 1, cleans, strokes, trainings, foodsTasted, neglectedHours);
    }

    JuvenileCare cleaned() {
        return new JuvenileCare(feeds, plays, cleans + 1, strokes, trainings, foodsTasted, neglectedHours);
    }

    JuvenileCare stroked() {
        return new JuvenileCare(feeds, plays, cleans, strokes + 1, trainings, foodsTasted, neglectedHours);
    }

    JuvenileCare trained() {
        return new JuvenileCare(feeds, plays, cleans, strokes, trainings + 1, foodsTasted, neglectedHours);
    }

    JuvenileCare withNeglectedHours(double hours) {
        return new JuvenileCare(feeds, plays, cleans, strokes, trainings, foodsTasted, hours);
    }

    /** Whether the octopus was fed this food as a juvenile. */
    public boolean tasted(Food food) {
        return (foodsTasted & food.bit()) != 0;
    }

    /**
     * The personality this upbringing gives, with the trust reached at adulthood. First match wins:
     * neglect shapes an octopus more than anything, then a missing bond, then the care it got most
     * (ties go to the earlier rule), and tasting every food only counts when no care dominated.
     */
    public Personality personality(double trust) {
        if (neglectedHours > GRUMPY_AFTER_HOURS) {
            return Personality.GRUMPY;
        }
        if (trust < SHY_BELOW_TRUST) {
            return Personality.SHY;
        }
        int most = Math.max(Math.max(Math.max(feeds, plays), Math.max(cleans, strokes)), trainings);
        if (most > 0) {
            if (strokes == most && trust >= CUDDLY_FROM_TRUST) {
                return Personality.CUDDLY;
            }
            if (trainings == most) {
                return Personality.SCHOLAR;
            }
            if (plays == most) {
                return Personality.PLAYFUL;
            }
        }
        return foodsTasted == Food.ALL_BITS ? Personality.GOURMET : Personality.CURIOUS;
    }
}
