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
     * What one owner's events unlock, recording their progress on the way.
     *
     * @param events events of one owner, in any order
     * @param unlocked what the owner has unlocked already
     */
    static List<Unlock> unlockedBy(
            UUID ownerId, List<PetEvent> events, Set<Achievement> unlocked, CareProgress progress) {
        var sorted = events.stream().sorted(CHRONOLOGICAL).toList();
        var open = EnumSet.noneOf(Achievement.class);
        sorted.forEach(event -> open.addAll(candidates(event)));
        open.removeAll(unlocked);
        var unlocks = new ArrayList<Unlock>();
        if (open.isEmpty()) {
            return unlocks;
        }
        if (open.contains(Achievement.FIRST_HATCH)) {
            firstOf(sorted, event -> event instanceof StageReached reached && reached.stage() == Stage.HATCHLING)
                    .ifPresent(event ->
                            unlocks.add(new Unlock(Achievement.FIRST_HATCH, event.petId(), event.occurredAt())));
        }
        if (open.contains(Achievement.ELDER)) {
            firstOf(sorted, event -> event instanceof StageReached reached && reached.stage() == Stage.ELDER)
                    .ifPresent(event -> unlocks.add(new Unlock(Achievement.ELDER, event.petId(), event.occurredAt())));
        }
        if (open.contains(Achievement.FIRST_TRICK)) {
            firstOf(sorted, TrickLearned.class::isInstance)
                    .ifPresent(event ->
                            unlocks.add(new Unlock(Achievement.FIRST_TRICK, event.petId(), event.occurredAt())));
        }
        if (open.contains(Achievement.FIVE_TRICKS)) {
            var learned = sorted.stream()
                    .filter(TrickLearned.class::isInstance)
                    .map(TrickLearned.class::cast)
                    .map(event -> new First(event.petId(), event.trick().name(), event.occurredAt()))
                    .toList();
            firstPetWith(progress.firsts(ownerId, Kind.TRICK, learned), TRICKS)
                    .ifPresent(earned -> unlocks.add(new Unlock(Achievement.FIVE_TRICKS, earned.petId(), earned.at())));
        }
        var care = sorted.stream()
                .filter(CareGiven.class::isInstance)
                .map(CareGiven.class::cast)
                .filter(AchievementRules::isCare)
                .toList();
        if (open.contains(Achievement.GOURMET)) {
            var fed = care.stream()
                    .filter(given -> "FEED".equals(given.action()) && given.item() != null)
                    .map(given -> new First(given.petId(), given.item(), given.occurredAt()))
                    .toList();
            firstPetWith(progress.firsts(ownerId, Kind.FOOD, fed), Food.values().length)
                    .ifPresent(earned -> unlocks.add(new Unlock(Achievement.GOURMET, earned.petId(), earned.at())));
        }
        if (open.contains(Achievement.CLEAN_FREAK)) {
            var cleanings = care.stream()
                    .filter(given -> "CLEAN".equals(given.action()))
                    .map(given -> new Cleaning(given.petId(), given.seq(), given.occurredAt()))
                    .toList();
            nth(progress.cleanings(ownerId, cleanings), CLEANS)
                    .ifPresent(at -> unlocks.add(new Unlock(Achievement.CLEAN_FREAK, null, at)));
        }
        if (open.contains(Achievement.WEEK_STREAK) && !care.isEmpty()) {
            var days = new TreeSet<LocalDate>();
            care.forEach(given -> days.add(day(given.occurredAt())));
            var careDays = progress.careDays(
                    ownerId,
                    care.stream().map(CareGiven::occurredAt).toList(),
                    days.first().minusDays(STREAK_DAYS - 1),
                    days.last().plusDays(STREAK_DAYS - 1));
            weekCompletedAt(careDays, days).ifPresent(at -> unlocks.add(new Unlock(Achievement.WEEK_STREAK, null, at)));
        }
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

    /** The pet that first had {@code count} different items, with the instant it got the last of them. */
    private static Optional<Earned> firstPetWith(Map<UUID, Map<String, Instant>> firsts, int count) {
        Earned earliest = null;
        for (var pet : firsts.entrySet()) {
            var at = nth(pet.getValue().values(), count);
            if (at.isPresent() && (earliest == null || at.get().isBefore(earliest.at()))) {
                earliest = new Earned(pet.getKey(), at.get());
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
