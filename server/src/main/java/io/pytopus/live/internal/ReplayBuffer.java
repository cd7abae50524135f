package io.pytopus.live.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The newest events of each user, in the order this instance received them, so a stream reconnecting
 * with {@code Last-Event-ID} gets what it missed. Bounded three ways: events per user, events in all
 * (every instance buffers every user's events, since a reconnect may land on any instance) and age.
 *
 * <p>Not thread-safe: {@link LiveStreams} guards it. Time is a monotonic tick in nanoseconds passed
 * in by the caller, not the application clock, which tests move by hours.
 */
final class ReplayBuffer {

    private final int maxPerUser;
    private final int maxTotal;
    private final long maxAgeNanos;
    private final Map<UUID, ArrayDeque<Entry>> byUser = new HashMap<>();
    /** Every entry in arrival order, including some a user's own bound already dropped. */
    private final ArrayDeque<Entry> arrival = new ArrayDeque<>();

    ReplayBuffer(int maxPerUser, int maxTotal, Duration maxAge) {
        this.maxPerUser = maxPerUser;
        this.maxTotal = maxTotal;
        this.maxAgeNanos = maxAge.toNanos();
    }

    private record Entry(LiveEvent event, long receivedAt) {}

    /**
     * Keeps {@code event}, unless the user's buffer already holds an event with its id.
     *
     * @return {@code false} for such a redelivery, which the caller then does not forward again
     */
    boolean add(LiveEvent event, long now) {
        prune(now);
        var mine = byUser.computeIfAbsent(event.userId(), user -> new ArrayDeque<>());
        for (var entry : mine) {
            if (entry.event().id().equals(event.id())) {
                return false;
            }
        }
        var entry = new Entry(event, now);
        mine.addLast(entry);
        arrival.addLast(entry);
        if (mine.size() > maxPerUser) {
            mine.removeFirst();
        }
        while (arrival.size() > maxTotal) {
            evict(arrival.removeFirst());
        }
        return true;
    }

    /**
     * The user's events received after the one with id {@code lastEventId}, oldest first; empty when
     * that event is not (or no longer) here, so what came after it cannot be told.
     */
    Optional<List<LiveEvent>> after(UUID userId, String lastEventId, long now) {
        prune(now);
        var mine = byUser.get(userId);
        if (mine == null) {
            return Optional.empty();
        }
        List<LiveEvent> later = null;
        for (var entry : mine) {
            if (later != null) {
                later.add(entry.event());
            } else if (entry.event().id().equals(lastEventId)) {
                later = new ArrayList<>();
            }
        }
        return Optional.ofNullable(later);
    }

    /** Drops the events older than the maximum age. */
    void prune(long now) {
        while (!arrival.isEmpty() && now - arrival.peekFirst().receivedAt() > maxAgeNanos) {
            evict(arrival.removeFirst());
        }
    }

    /** Events held for replay, over all users. */
    int size() {
        return byUser.values().stream().mapToInt(ArrayDeque::size).sum();
    }

    private void evict(Entry oldest) {
        var user = oldest.event().userId();
        var mine = byUser.get(user);
        // A user's entries leave in arrival order; one their own bound dropped is no longer first.
        if (mine != null && mine.peekFirst() == oldest) {
            mine.removeFirst();
            if (mine.isEmpty()) {
                byUser.remove(user);
            }
        }
    }
}
