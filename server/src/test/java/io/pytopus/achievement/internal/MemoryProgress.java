package io.pytopus.achievement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
    public Map<UUID, List<Instant>> cleanings(Map<UUID, List<Cleaning>> byOwner) {
        calls++;
        var answer = new HashMap<UUID, List<Instant>>();
        byOwner.forEach((ownerId, cleanings) -> {
            var owner = this.cleanings.computeIfAbsent(ownerId, id -> new HashMap<>());
            cleanings.forEach(cleaning -> owner.putIfAbsent(cleaning.petId() + ":" + cleaning.seq(), cleaning.at()));
            answer.put(ownerId, new ArrayList<>(owner.values()));
        });
        return answer;
    }

    @Override
    public Map<UUID, Map<LocalDate, Instant>> careDays(Map<UUID, List<Instant>> byOwner, int around) {
        calls++;
        var answer = new HashMap<UUID, Map<LocalDate, Instant>>();
        byOwner.forEach((ownerId, cares) -> {
            var owner = careDays.computeIfAbsent(ownerId, id -> new HashMap<>());
            var days = new TreeSet<LocalDate>();
            cares.forEach(at -> {
                var day = LocalDate.ofInstant(at, ZoneOffset.UTC);
                days.add(day);
                owner.merge(day, at, MemoryProgress::earlier);
            });
            var from = days.first().minusDays(around);
            var to = days.last().plusDays(around);
            var near = new HashMap<LocalDate, Instant>();
            owner.forEach((day, at) -> {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    near.put(day, at);
                }
            });
            answer.put(ownerId, near);
        });
        return answer;
    }

    @Override
    public Map<UUID, Map<String, Instant>> firsts(Kind kind, Map<UUID, List<First>> byOwner) {
        calls++;
        var ofKind = this.firsts.computeIfAbsent(kind, k -> new HashMap<>());
        var answer = new HashMap<UUID, Map<String, Instant>>();
        byOwner.values()
                .forEach(firsts -> firsts.forEach(first -> ofKind.computeIfAbsent(first.petId(), pet -> new HashMap<>())
                        .merge(first.item(), first.at(), MemoryProgress::earlier)));
        byOwner.values()
                .forEach(firsts ->
                        firsts.forEach(first -> answer.put(first.petId(), Map.copyOf(ofKind.get(first.petId())))));
        return answer;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
