package io.pytopus.leaderboard.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The leaderboards. Every board is kept in ascending order of its key, best first, in Redis and in
 * SQL alike, with ties broken by pet id; counting boards store their count negated.
 */
enum Board {
    /** Active age of the pets still in their owner's care; the key is the pet's effective hatch instant. */
    OLDEST("oldest"),
    /** Tricks learned; only pets that know at least one. */
    MOST_TRICKS("most-tricks"),
    /** The longest run of consecutive UTC days with at least one care action. */
    LONGEST_STREAK("longest-streak"),
    /** Waves received from visitors of the reef. */
    MOST_WAVES("most-waves");

    private final String slug;

    Board(String slug) {
        this.slug = slug;
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
