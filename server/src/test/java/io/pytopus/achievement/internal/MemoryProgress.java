package io.pytopus.achievement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link CareProgress} in memory, with the semantics of {@link AchievementProgress}: a cleaning counts
 * once per pet and action number, and every first keeps its earliest instant. It counts the calls, so
 * a test can tell what was recorded at all.
 */
final class MemoryProgress implements CareProgress {

    private final Map<UUID, Map<String, Instant>> cleanings = new HashMap<>();
    private final Map<UUID, Map<LocalDate, Instant>> careDays = new HashMap<>();
    private final Map<Kind, Map<UUID, Map<String, Instant>>> firsts = new HashMap<>();
    int calls;

    @Override
    public List<Instant> cleanings(UUID ownerId, Collection<Cleaning> cleanings) {
        calls++;
        var owner = this.cleanings.computeIfAbsent(ownerId, id -> new HashMap<>());
        cleanings.forEach(cleaning -> owner.putIfAbsent(cleaning.petId() + ":" + cleaning.seq(), cleaning.at()));
        return new ArrayList<>(owner.values());
    }

    @Override
    public Map<LocalDate, Instant> careDays(UUID ownerId, Collection<Instant> cares, LocalDate from, LocalDate to) {
        calls++;
        var owner = careDays.computeIfAbsent(ownerId, id -> new HashMap<>());
        cares.forEach(at -> owner.merge(LocalDate.ofInstant(at, ZoneOffset.UTC), at, MemoryProgress::earlier));
        var answer = new HashMap<LocalDate, Instant>();
        owner.forEach((day, at) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                answer.put(day, at);
            }
        });
        return answer;
    }

    @Override
    public Map<UUID, Map<String, Instant>> firsts(UUID ownerId, Kind kind, Collection<First> firsts) {
        calls++;
        var ofKind = this.firsts.computeIfAbsent(kind, k -> new HashMap<>());
        var answer = new HashMap<UUID, Map<String, Instant>>();
        for (var first : firsts) {
            ofKind.computeIfAbsent(first.petId(), pet -> new HashMap<>())
                    .merge(first.item(), first.at(), MemoryProgress::earlier);
            answer.put(first.petId(), Map.copyOf(ofKind.get(first.petId())));
        }
        return answer;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
