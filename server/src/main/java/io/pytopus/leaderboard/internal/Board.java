package io.pytopus.leaderboard.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The leaderboards. Every board is kept in ascending order of its key, best first, in Redis and in
 * SQL alike, with ties broken by pet id; counting boards store their count negated.
 */
enum Board {
    /**
     * Active age of the pets still in their owner's care; the key is the pet's effective hatch
     * instant, which a vacation moves later.
     */
    OLDEST("oldest", false),
    /** Tricks learned; only pets that know at least one. */
    MOST_TRICKS("most-tricks", true),
    /** The longest run of consecutive UTC days with at least one care action. */
    LONGEST_STREAK("longest-streak", true),
    /** Waves received from visitors of the reef. */
    MOST_WAVES("most-waves", true);

    private final String slug;
    private final boolean onlyImproves;

    Board(String slug, boolean onlyImproves) {
        this.slug = slug;
        this.onlyImproves = onlyImproves;
    }

    /**
     * Whether a pet's key on this board only ever goes down (a count that only grows), so a worker
     * may keep the better of the key it read and the one already stored: a slower worker's older
     * reading can then never undo a newer one.
     */
    boolean onlyImproves() {
        return onlyImproves;
    }

    String slug() {
        return slug;
    }

    String redisKey() {
        return "leaderboard:v1:" + slug;
    }

    static Optional<Board> bySlug(String slug) {
        return Arrays.stream(values()).filter(board -> board.slug.equals(slug)).findFirst();
    }
}
