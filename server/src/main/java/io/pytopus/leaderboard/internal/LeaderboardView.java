package io.pytopus.leaderboard.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A board as the API answers it.
 *
 * @param entries the first 50 places, best first
 * @param myRank the best rank of any of the signed-in user's pets on this board, or {@code null}
 *     (written out as {@code null}, not left out, so "not on the board" is explicit)
 */
record LeaderboardView(
        String board,
        List<Entry> entries,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long myRank) {

    /**
     * One place.
     *
     * @param rank 1 for the best; ties are broken by pet id, so ranks are unique
     * @param score active age in whole hours ({@code oldest}), tricks, days or waves
     */
    record Entry(long rank, UUID petId, String petName, String ownerDisplayName, long score) {}
}
