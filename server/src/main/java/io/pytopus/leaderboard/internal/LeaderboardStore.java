package io.pytopus.leaderboard.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisZSetCommands.ZAddArgs;
import org.springframework.data.redis.core.RedisCallback;
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

    /**
     * Writes the pets' keys, every board at once in one round trip: a pet with a key is set to it, a
     * pet without one (gone, no tricks…) is taken off the board. On a board whose keys {@linkplain
     * Board#onlyImproves() only improve}, a pet keeps its stored key when that is better already.
     *
     * @param pets the pets to write, per board
     * @param keys their keys per board; a pet missing there leaves the board
     */
    void write(Map<Board, Set<UUID>> pets, Map<Board, Map<UUID, Double>> keys) {
        if (pets.values().stream().allMatch(Set::isEmpty)) {
            return;
        }
        redis.executePipelined((RedisCallback<Object>) connection -> {
            var sets = connection.zSetCommands();
            pets.forEach((board, ids) -> {
                byte[] set = bytes(board.redisKey());
                var boardKeys = keys.getOrDefault(board, Map.of());
                for (var pet : ids) {
                    Double key = boardKeys.get(pet);
                    if (key == null) {
                        sets.zRem(set, bytes(pet.toString()));
                    } else {
                        sets.zAdd(
                                set,
                                key,
                                bytes(pet.toString()),
                                board.onlyImproves() ? ZAddArgs.empty().lt() : ZAddArgs.empty());
                    }
                }
            });
            return null;
        });
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
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
