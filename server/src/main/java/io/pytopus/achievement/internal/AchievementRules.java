package io.pytopus.achievement.internal;

import io.pytopus.achievement.Achievement;
import io.pytopus.achievement.internal.CareProgress.Cleaning;
import io.pytopus.achievement.internal.CareProgress.First;
import io.pytopus.achievement.internal.CareProgress.Kind;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What pet events unlock (ADR 0014, 0026). Plain functions of the events, what the owner has unlocked
 * already (never judged again, which spares the records) and the {@link CareProgress} the events
 * bring. Each unlock carries the instant it was earned, computed from the progress (the twentieth
 * cleaning, the first care on the seventh day of a week…), so the answer is the same whatever order
 * the events come in, and whether they come once or twice; whether an achievement is new is the
 * repository's call (one row per user and achievement).
 */
final class AchievementRules {

    static final int CLEANS = 20;
    static final int TRICKS = 5;
    static final int STREAK_DAYS = 7;

    /** Actions of {@link CareGiven} that are no care: going on, and coming back from, vacation. */
    private static final Set<String> NOT_CARE = Set.of("START_VACATION", "END_VACATION");

    private static final Comparator<PetEvent> CHRONOLOGICAL =
            Comparator.comparing(PetEvent::occurredAt).thenComparing(PetEvent::eventId);

    private AchievementRules() {}

    /** The achievements the event could unlock, whatever the owner's progress. */
    static Set<Achievement> candidates(PetEvent event) {
        return switch (event) {
            case StageReached reached when reached.stage() == Stage.HATCHLING -> EnumSet.of(Achievement.FIRST_HATCH);
            case StageReached reached when reached.stage() == Stage.ELDER -> EnumSet.of(Achievement.ELDER);
            case TrickLearned learned -> EnumSet.of(Achievement.FIRST_TRICK, Achievement.FIVE_TRICKS);
            case CareGiven care
            when isCare(care) -> {
                var candidates = EnumSet.of(Achievement.WEEK_STREAK);
                if ("FEED".equals(care.action())) {
                    candidates.add(Achievement.GOURMET);
                }
                if ("CLEAN".equals(care.action())) {
                    candidates.add(Achievement.CLEAN_FREAK);
                }
                yield candidates;
            }
            default -> EnumSet.noneOf(Achievement.class);
        };
    }

    /**
     * What the owners' events unlock, recording their progress on the way: one call of each {@link
     * CareProgress} method for all the owners, and only for the owners it concerns.
     *
     * @param byOwner each owner's events, in any order
     * @param unlocked what each owner has unlocked already (an owner missing: nothing)
     * @return each owner's unlocks; an owner without any is missing
     */
    static Map<UUID, List<Unlock>> unlockedBy(
            Map<UUID, List<PetEvent>> byOwner, Map<UUID, Set<Achievement>> unlocked, CareProgress progress) {
        var unlocks = new HashMap<UUID, List<Unlock>>();
        var learned = new HashMap<UUID, List<First>>();
        var fed = new HashMap<UUID, List<First>>();
        var cleaned = new HashMap<UUID, List<Cleaning>>();
        var cared = new HashMap<UUID, List<Instant>>();
        var careDaysOf = new HashMap<UUID, Set<LocalDate>>();
        byOwner.forEach((owner, events) -> {
            var sorted = events.stream().sorted(CHRONOLOGICAL).toList();
            var open = EnumSet.noneOf(Achievement.class);
            sorted.forEach(event -> open.addAll(candidates(event)));
            open.removeAll(unlocked.getOrDefault(owner, Set.of()));
            if (open.isEmpty()) {
                return;
            }
            var mine = unlocks.computeIfAbsent(owner, o -> new ArrayList<>());
            if (open.contains(Achievement.FIRST_HATCH)) {
                firstOf(sorted, event -> event instanceof StageReached reached && reached.stage() == Stage.HATCHLING)
                        .ifPresent(event ->
                                mine.add(new Unlock(Achievement.FIRST_HATCH, event.petId(), event.occurredAt())));
            }
            if (open.contains(Achievement.ELDER)) {
                firstOf(sorted, event -> event instanceof StageReached reached && reached.stage() == Stage.ELDER)
                        .ifPresent(event -> mine.add(new Unlock(Achievement.ELDER, event.petId(), event.occurredAt())));
            }
            if (open.contains(Achievement.FIRST_TRICK)) {
                firstOf(sorted, TrickLearned.class::isInstance)
                        .ifPresent(event ->
                                mine.add(new Unlock(Achievement.FIRST_TRICK, event.petId(), event.occurredAt())));
            }
            if (open.contains(Achievement.FIVE_TRICKS)) {
                sorted.stream()
                        .filter(TrickLearned.class::isInstance)
                        .map(TrickLearned.class::cast)
                        .forEach(event -> learned.computeIfAbsent(owner, o -> new ArrayList<>())
                                .add(new First(event.petId(), event.trick().name(), event.occurredAt())));
            }
            var care = sorted.stream()
                    .filter(CareGiven.class::isInstance)
                    .map(CareGiven.class::cast)
                    .filter(AchievementRules::isCare)
                    .toList();
            for (var given : care) {
                if (open.contains(Achievement.GOURMET) && "FEED".equals(given.action()) && given.item() != null) {
                    fed.computeIfAbsent(owner, o -> new ArrayList<>())
                            .add(new First(given.petId(), given.item(), given.occurredAt()));
                }
                if (open.contains(Achievement.CLEAN_FREAK) && "CLEAN".equals(given.action())) {
                    cleaned.computeIfAbsent(owner, o -> new ArrayList<>())
                            .add(new Cleaning(given.petId(), given.seq(), given.occurredAt()));
                }
                if (open.contains(Achievement.WEEK_STREAK)) {
                    cared.computeIfAbsent(owner, o -> new ArrayList<>()).add(given.occurredAt());
                    careDaysOf.computeIfAbsent(owner, o -> new TreeSet<>()).add(day(given.occurredAt()));
                }
            }
        });
        if (!learned.isEmpty()) {
            var firsts = progress.firsts(Kind.TRICK, learned);
            learned.forEach((owner, own) -> firstPetWith(firsts, own, TRICKS)
                    .ifPresent(earned ->
                            unlocks.get(owner).add(new Unlock(Achievement.FIVE_TRICKS, earned.petId(), earned.at()))));
        }
        if (!fed.isEmpty()) {
            var firsts = progress.firsts(Kind.FOOD, fed);
            fed.forEach((owner, own) -> firstPetWith(firsts, own, Food.values().length)
                    .ifPresent(earned ->
                            unlocks.get(owner).add(new Unlock(Achievement.GOURMET, earned.petId(), earned.at()))));
        }
        if (!cleaned.isEmpty()) {
            var cleanings = progress.cleanings(cleaned);
            cleaned.forEach((owner, own) -> nth(cleanings.getOrDefault(owner, List.of()), CLEANS)
                    .ifPresent(at -> unlocks.get(owner).add(new Unlock(Achievement.CLEAN_FREAK, null, at))));
        }
        if (!cared.isEmpty()) {
            var careDays = progress.careDays(cared, STREAK_DAYS - 1);
            cared.forEach((owner, own) -> weekCompletedAt(careDays.getOrDefault(owner, Map.of()), careDaysOf.get(owner))
                    .ifPresent(at -> unlocks.get(owner).add(new Unlock(Achievement.WEEK_STREAK, null, at))));
        }
        unlocks.values().removeIf(List::isEmpty);
        return unlocks;
    }

    /**
     * When a run of {@value #STREAK_DAYS} consecutive care days was first complete, among the runs that
     * include one of {@code newDays}: the first care instant on the last day of the earliest such run.
     * A run without any of them was complete before and judged then.
     *
     * @param careDays the first care instant of each day with care, around the new days
     */
    static Optional<Instant> weekCompletedAt(Map<LocalDate, Instant> careDays, Set<LocalDate> newDays) {
        var starts = new TreeSet<LocalDate>();
        newDays.forEach(day -> {
            for (int back = 0; back < STREAK_DAYS; back++) {
                starts.add(day.minusDays(back));
            }
        });
        for (var start : starts) {
            boolean complete = true;
            for (int i = 0; i < STREAK_DAYS && complete; i++) {
                complete = careDays.containsKey(start.plusDays(i));
            }
            if (complete) {
                return Optional.of(careDays.get(start.plusDays(STREAK_DAYS - 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Among the owner's pets named in {@code own}, the one that first had {@code count} different
     * items, with the instant it got the last of them.
     */
    private static Optional<Earned> firstPetWith(Map<UUID, Map<String, Instant>> firsts, List<First> own, int count) {
        Earned earliest = null;
        for (var pet : own.stream().map(First::petId).distinct().toList()) {
            var at = nth(firsts.getOrDefault(pet, Map.of()).values(), count);
            if (at.isPresent() && (earliest == null || at.get().isBefore(earliest.at()))) {
                earliest = new Earned(pet, at.get());
            }
        }
        return Optional.ofNullable(earliest);
    }

    private record Earned(UUID petId, Instant at) {}

    /** The {@code n}th earliest instant (1-based), if there are that many. */
    private static Optional<Instant> nth(Collection<Instant> instants, int n) {
        return instants.stream().sorted().skip(n - 1L).findFirst();
    }

    private static Optional<PetEvent> firstOf(List<PetEvent> sorted, Predicate<PetEvent> kind) {
        return sorted.stream().filter(kind).findFirst();
    }

    private static boolean isCare(CareGiven care) {
        return !NOT_CARE.contains(care.action());
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** An achievement the events earned, with the pet that earned it when it is a pet's, and when. */
    record Unlock(Achievement achievement, @Nullable UUID petId, Instant at) {}
}
