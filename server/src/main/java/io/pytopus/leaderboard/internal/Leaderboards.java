package io.pytopus.leaderboard.internal;

import io.pytopus.system.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads a board from Redis, or, when Redis fails, computes the same answer by SQL (DESIGN §3.4:
 * degrade, don't fail). The failure is logged at most once a minute.
 */
@Service
class Leaderboards {

    static final int TOP = 50;
    private static final Logger log = LoggerFactory.getLogger(Leaderboards.class);
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final LeaderboardStore store;
    private final LeaderboardQueries queries;
    private final Clock clock;
    private final double timeScale;
    private final AtomicReference<Instant> lastFailureLogged = new AtomicReference<>(Instant.EPOCH);

    Leaderboards(
            LeaderboardStore store,
            LeaderboardQueries queries,
            Clock clock,
            @Value("${pytopus.simulation.time-scale:1}") double timeScale) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
        this.timeScale = timeScale;
    }

    LeaderboardView read(String slug, UUID ownerId) {
        var board = Board.bySlug(slug).orElseThrow(() -> ProblemException.notFound("Leaderboard '" + slug + "'"));
        try {
            return fromRedis(board, ownerId);
        } catch (RuntimeException e) {
            failed(e);
            return fromSql(board, ownerId);
        }
    }

    private LeaderboardView fromRedis(Board board, UUID ownerId) {
        var placed = store.top(board, TOP);
        var names = queries.names(
                placed.stream().map(LeaderboardStore.Placed::petId).toList());
        var gone = placed.stream()
                .map(LeaderboardStore.Placed::petId)
                .filter(petId -> !names.containsKey(petId))
                .toList();
        if (!gone.isEmpty()) {
            // Pets deleted with their owner's account publish no event: drop them here, then read again.
            store.remove(board, gone);
            return fromRedis(board, ownerId);
        }
        var entries = new ArrayList<LeaderboardView.Entry>();
        for (int i = 0; i < placed.size(); i++) {
            var place = placed.get(i);
            var pet = names.get(place.petId());
            entries.add(new LeaderboardView.Entry(
                    i + 1, pet.petId(), pet.petName(), pet.ownerDisplayName(), score(board, place.key())));
        }
        return new LeaderboardView(board.slug(), entries, rank(store.bestPlace(board, queries.petsOf(ownerId))));
    }

    private LeaderboardView fromSql(Board board, UUID ownerId) {
        var placed = queries.top(board, TOP);
        var entries = new ArrayList<LeaderboardView.Entry>();
        for (int i = 0; i < placed.size(); i++) {
            var place = placed.get(i);
            entries.add(new LeaderboardView.Entry(
                    i + 1, place.petId(), place.petName(), place.ownerDisplayName(), score(board, place.key())));
        }
        return new LeaderboardView(board.slug(), entries, rank(queries.bestPlaceOf(board, ownerId)));
    }

    /** The score a person reads, from the board's key. */
    private long score(Board board, double key) {
        if (board == Board.OLDEST) {
            double hours = (clock.millis() - key) * timeScale / 3_600_000;
            return Math.max(0, (long) Math.floor(hours));
        }
        return Math.round(-key);
    }

    private static @Nullable Long rank(@Nullable Long place) {
        return place == null ? null : place + 1;
    }

    private void failed(RuntimeException e) {
        var now = Instant.now();
        var last = lastFailureLogged.get();
        if (now.isAfter(last.plus(LOG_INTERVAL)) && lastFailureLogged.compareAndSet(last, now)) {
            log.warn("Redis leaderboards failed, serving from PostgreSQL (logged once a minute): {}", e.toString());
        }
    }
}
