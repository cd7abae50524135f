package io.pytopus.leaderboard.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.stereotype.Component;

/**
 * The boards' Redis sorted sets: member the pet id, score the board's key (ascending is best first).
 * Failures propagate: the reader falls back to SQL, the consumer retries and dead-letters.
 */
@Component
class LeaderboardStore {

    private static final int BATCH = 1000;

    private final StringRedisTemplate redis;

    LeaderboardStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Sets the pet's key on the board, or takes it off when {@code key} is {@code null}. */
    void put(Board board, UUID petId, @Nullable Double key) {
        if (key == null) {
            redis.opsForZSet().remove(board.redisKey(), petId.toString());
        } else {
            redis.opsForZSet().add(board.redisKey(), petId.toString(), key);
        }
    }

    void remove(Board board, List<UUID> petIds) {
        redis.opsForZSet()
                .remove(board.redisKey(), petIds.stream().map(UUID::toString).toArray());
    }

    List<Placed> top(Board board, int limit) {
        Set<TypedTuple<String>> range = redis.opsForZSet().rangeWithScores(board.redisKey(), 0, limit - 1);
        var placed = new ArrayList<Placed>();
        if (range != null) {
            for (var tuple : range) {
                placed.add(new Placed(UUID.fromString(tuple.getValue()), tuple.getScore()));
            }
        }
        return placed;
    }

    /** The best 0-based place among {@code petIds}, or {@code null} if none is on the board. */
    @Nullable
    Long bestPlace(Board board, List<UUID> petIds) {
        Long best = null;
        for (var petId : petIds) {
            Long place = redis.opsForZSet().rank(board.redisKey(), petId.toString());
            if (place != null && (best == null || place < best)) {
                best = place;
            }
        }
        return best;
    }

    /** Replaces the whole board at once: written under a scratch key, then renamed over it. */
    void replace(Board board, Map<UUID, Double> keys) {
        if (keys.isEmpty()) {
            redis.delete(board.redisKey());
            return;
        }
        String scratch = board.redisKey() + ":rebuild";
        redis.delete(scratch);
        var batch = new HashSet<TypedTuple<String>>();
        for (var entry : keys.entrySet()) {
            batch.add(TypedTuple.of(entry.getKey().toString(), entry.getValue()));
            if (batch.size() == BATCH) {
                redis.opsForZSet().add(scratch, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            redis.opsForZSet().add(scratch, batch);
        }
        redis.rename(scratch, board.redisKey());
    }

    record Placed(UUID petId, double key) {}
}
