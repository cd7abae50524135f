package io.pytopus.leaderboard.internal;

import io.pytopus.system.WorkerRole;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the worker's changes on the Redis boards (ADR 0026): the keys of the pets whose place a batch
 * of events changed are read from PostgreSQL inside the worker's transaction (so they include its own
 * writes) and written to Redis in one round trip before it commits. Absolute keys, so writing one
 * twice changes nothing.
 *
 * <p>When Redis fails, the places go to {@link PendingBoards} in that same transaction, and {@link
 * #flushPending()} writes them once Redis answers again; readers meanwhile get the SQL answer. After
 * a failure, workers leave Redis alone for {@code pytopus.leaderboard.flush-every}, so an outage does
 * not cost every batch a timeout.
 */
@Component
@WorkerRole
class BoardUpdates {

    private static final Logger log = LoggerFactory.getLogger(BoardUpdates.class);
    private static final int FLUSH_BATCH = 500;
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final LeaderboardQueries queries;
    private final LeaderboardStore store;
    private final PendingBoards pending;
    private final TransactionTemplate transactions;
    private final long pauseNanos;
    private final AtomicLong redisPausedUntil = new AtomicLong(System.nanoTime());
    private final AtomicLong lastFailureLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    BoardUpdates(
            LeaderboardQueries queries,
            LeaderboardStore store,
            PendingBoards pending,
            TransactionTemplate transactions,
            @Value("${pytopus.leaderboard.flush-every:5s}") Duration flushEvery) {
        this.queries = queries;
        this.store = store;
        this.pending = pending;
        this.transactions = transactions;
        this.pauseNanos = flushEvery.toNanos();
    }

    /** Writes the pets' current keys on these boards, in the caller's transaction. */
    void write(Map<Board, Set<UUID>> places) {
        var changed = new EnumMap<Board, Set<UUID>>(Board.class);
        places.forEach((board, pets) -> {
            if (!pets.isEmpty()) {
                changed.put(board, pets);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        if (System.nanoTime() - redisPausedUntil.get() < 0) {
            pending.add(changed);
            return;
        }
        var keys = keysOf(changed);
        try {
            store.write(changed, keys);
        } catch (RuntimeException e) {
            redisFailed(e);
            pending.add(changed);
        }
    }

    /** Writes what Redis missed, a batch per transaction; what fails stays pending for the next run. */
    @Scheduled(
            initialDelayString = "${pytopus.leaderboard.flush-every:5s}",
            fixedDelayString = "${pytopus.leaderboard.flush-every:5s}")
    void flushPending() {
        try {
            boolean more;
            do {
                more = Boolean.TRUE.equals(transactions.execute(tx -> {
                    var places = pending.take(FLUSH_BATCH);
                    store.write(places, keysOf(places));
                    return places.values().stream().mapToInt(Set::size).sum() == FLUSH_BATCH;
                }));
            } while (more);
        } catch (RuntimeException e) {
            // Redis (or PostgreSQL) still down: the places stay pending.
            redisFailed(e);
        }
    }

    private Map<Board, Map<UUID, Double>> keysOf(Map<Board, Set<UUID>> places) {
        var keys = new EnumMap<Board, Map<UUID, Double>>(Board.class);
        places.forEach((board, pets) -> keys.put(board, queries.keysOf(board, pets)));
        return keys;
    }

    private void redisFailed(RuntimeException e) {
        long now = System.nanoTime();
        redisPausedUntil.set(now + pauseNanos);
        long last = lastFailureLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastFailureLogged.compareAndSet(last, now)) {
            log.warn(
                    "Leaderboard updates wait in PostgreSQL until Redis answers (logged once a minute): {}",
                    e.toString());
        }
    }
}
