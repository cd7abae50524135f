package io.pytopus.pet.simulation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Learned tricks and training progress, packed in two ints so that copying a state stays cheap.
 *
 * @param learned one bit per learned {@link Trick} ordinal
 * @param progress successful trainings towards each trick not yet learned, three bits per trick
 */
public record Tricks(int learned, int progress) {

    /** Nothing learned, nothing practised. */
    public static final Tricks NONE = new Tricks(0, 0);

    private static final int BITS_PER_TRICK = 3;
    private static final int PROGRESS_MASK = (1 << BITS_PER_TRICK) - 1;
    private static final int ALL_LEARNED = (1 << Trick.values().length) - 1;

    public Tricks {
        if ((learned & ~ALL_LEARNED) != 0 || (progress >>> (BITS_PER_TRICK * Trick.values().length)) != 0) {
            throw new IllegalArgumentException("unknown trick bits");
        }
    }

    /** Whether the trick is learned. */
    public boolean knows(Trick trick) {
        return (learned & (1 << trick.ordinal())) != 0;
    }

    /** Successful trainings so far towards a trick not yet learned (0 once learned). */
    public int successes(Trick trick) {
        return (progress >>> shift(trick)) & PROGRESS_MASK;
    }

    /** The learned tricks. */
    public Set<Trick> learnedTricks() {
        EnumSet<Trick> set = EnumSet.noneOf(Trick.class);
        for (Trick trick : Trick.values()) {
            if (knows(trick)) {
                set.add(trick);
            }
        }
        return set;
    }

    /** How many tricks are learned. */
    public int count() {
        return Integer.bitCount(learned);
    }

    /** These tricks after one more successful training of {@code trick}; learned at {@code needed}. */
    Tricks withSuccess(Trick trick, int needed) {
        int successes = successes(trick) + 1;
        int cleared = progress & ~(PROGRESS_MASK << shift(trick));
        if (successes >= needed) {
            return new Tricks(learned | (1 << trick.ordinal()), cleared);
        }
        return new Tricks(learned, cleared | (successes << shift(trick)));
    }

    private static int shift(Trick trick) {
        return trick.ordinal() * BITS_PER_TRICK;
    }
}
