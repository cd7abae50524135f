package io.pytopus.achievement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.achievement.Achievement;
import io.pytopus.achievement.internal.AchievementRules.Unlock;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetFellSick;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Trick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AchievementRulesTest {

    private static final UUID PET = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_PET = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID THIRD_PET = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID FOURTH_PET = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-0000000000ff");
    private static final UUID OTHER_OWNER = UUID.fromString("00000000-0000-0000-0000-0000000000fe");
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");

    private final MemoryProgress progress = new MemoryProgress();

    @Test
    void hatchingUnlocksFirstHatchForThatPet() {
        assertThat(judge(stage(Stage.HATCHLING, AT))).containsExactly(new Unlock(Achievement.FIRST_HATCH, PET, AT));
    }

    @Test
    void becomingAnElderUnlocksElder() {
        assertThat(judge(stage(Stage.ELDER, AT))).containsExactly(new Unlock(Achievement.ELDER, PET, AT));
    }

    @Test
    void otherStagesAndSicknessUnlockNothing() {
        assertThat(judge(stage(Stage.JUVENILE, AT))).isEmpty();
        assertThat(judge(stage(Stage.ADULT, AT))).isEmpty();
        assertThat(judge(new PetFellSick(UUID.randomUUID(), PET, OWNER, "Inky", AT)))
                .isEmpty();
        assertThat(progress.calls).isZero();
    }

    @Test
    void theFirstTrickUnlocksFirstTrickAndTheFifthDifferentTrickOfOnePetFiveTricks() {
        var tricks = Trick.values();
        assertThat(judge(trick(PET, tricks[0], AT))).containsExactly(new Unlock(Achievement.FIRST_TRICK, PET, AT));
        var unlocked = EnumSet.of(Achievement.FIRST_TRICK);
        for (int i = 1; i < 4; i++) {
            assertThat(judge(unlocked, trick(PET, tricks[i], at(i)))).isEmpty();
        }
        // Another pet's tricks, and a trick learned again, bring this pet no closer.
        assertThat(judge(unlocked, trick(OTHER_PET, tricks[4], at(5)), trick(PET, tricks[0], at(6))))
                .isEmpty();

        assertThat(judge(unlocked, trick(PET, tricks[4], at(7))))
                .containsExactly(new Unlock(Achievement.FIVE_TRICKS, PET, at(7)));
    }

    @Test
    void aPetFedEveryFoodIsAGourmetFromItsFirstTasteOfTheLast() {
        assertThat(judge(feed(PET, "SHRIMP", at(0)), feed(OTHER_PET, "CLAM", at(1)), feed(PET, "CLAM", at(2))))
                .noneMatch(unlock -> unlock.achievement() == Achievement.GOURMET);

        assertThat(judge(feed(PET, "CRAB", at(3)), feed(PET, "CRAB", at(4))))
                .contains(new Unlock(Achievement.GOURMET, PET, at(3)));
    }

    @Test
    void theTwentiethCleaningOfAllPetsMakesACleanFreakAndACopyCountsOnce() {
        var cleanings = new ArrayList<PetEvent>();
        for (int seq = 1; seq <= 19; seq++) {
            cleanings.add(clean(seq % 2 == 0 ? PET : OTHER_PET, seq, at(seq)));
        }
        cleanings.add(cleanings.getLast()); // delivered twice
        assertThat(judge(Set.of(Achievement.WEEK_STREAK), cleanings.toArray(PetEvent[]::new)))
                .isEmpty();

        assertThat(judge(Set.of(Achievement.WEEK_STREAK), clean(PET, 20, at(20))))
                .containsExactly(new Unlock(Achievement.CLEAN_FREAK, null, at(20)));
    }

    @Test
    void careOnSevenConsecutiveUtcDaysIsAWeekStreakFromTheFirstCareOfTheSeventh() {
        var six = new ArrayList<PetEvent>();
        for (int day = 0; day < 6; day++) {
            six.add(care("STROKE", day(day).plusSeconds(600)));
            six.add(care("STROKE", day(day)));
        }
        assertThat(judge(six.toArray(PetEvent[]::new))).isEmpty();

        assertThat(judge(care("FEED", day(6).plusSeconds(60)), care("PLAY", day(6))))
                .contains(new Unlock(Achievement.WEEK_STREAK, null, day(6)));
    }

    @Test
    void aLateDayThatCompletesTheWeekUnlocksIt() {
        for (int day : new int[] {0, 1, 2, 4, 5, 6}) {
            assertThat(judge(care("STROKE", day(day)))).isEmpty();
        }

        assertThat(judge(care("STROKE", day(3)))).containsExactly(new Unlock(Achievement.WEEK_STREAK, null, day(6)));
    }

    @Test
    void vacationsAreNoCare() {
        for (int day = 0; day < 7; day++) {
            assertThat(judge(care("START_VACATION", day(day)), care("END_VACATION", day(day))))
                    .isEmpty();
        }
        assertThat(progress.calls).isZero();
    }

    @Test
    void whatIsUnlockedAlreadyIsNeitherJudgedNorRecordedAgain() {
        var unlocks = judge(EnumSet.of(Achievement.CLEAN_FREAK, Achievement.WEEK_STREAK), clean(PET, 1, AT));

        assertThat(unlocks).isEmpty();
        assertThat(progress.calls).isZero();
    }

    /**
     * However the events of two owners come (any order, some twice, in batches of any size), each
     * achievement is unlocked once per owner, and the same ones as when they come in order.
     */
    @Property(tries = 300)
    void theOrderAndRepetitionOfEventsDoNotChangeWhatIsUnlocked(
            @ForAll("histories") List<PetEvent> history,
            @ForAll("shuffles") List<Integer> order,
            @ForAll @IntRange(min = 1, max = 8) int batchSize) {
        var inOrder = unlockAll(history, history.size());

        var delivered = new ArrayList<PetEvent>();
        for (int i = 0; i < order.size(); i++) {
            delivered.add(history.get(Math.floorMod(order.get(i), history.size())));
        }
        delivered.addAll(history); // every event at least once
        var shuffled = unlockAll(delivered, batchSize);

        assertThat(shuffled).isEqualTo(inOrder);
    }

    @Provide
    Arbitrary<List<PetEvent>> histories() {
        var kinds = Arbitraries.integers().between(0, 9);
        return kinds.list().ofMinSize(1).ofMaxSize(60).map(AchievementRulesTest::history);
    }

    @Provide
    Arbitrary<List<Integer>> shuffles() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(80);
    }

    /** A care history of two owners over a few days: each number picks the next event. */
    private static List<PetEvent> history(List<Integer> kinds) {
        var events = new ArrayList<PetEvent>();
        long seq = 0;
        for (int i = 0; i < kinds.size(); i++) {
            var at = AT.plus(Duration.ofHours(5L * i));
            var owner = i % 2 == 0 ? OWNER : OTHER_OWNER;
            var pets = owner == OWNER ? List.of(PET, OTHER_PET) : List.of(THIRD_PET, FOURTH_PET);
            var pet = pets.get(i % 3 == 0 ? 1 : 0);
            events.add(
                    switch (kinds.get(i)) {
                        case 0 -> new StageReached(UUID.randomUUID(), pet, owner, "Inky", at, Stage.HATCHLING, null);
                        case 1 ->
                            new TrickLearned(
                                    UUID.randomUUID(),
                                    pet,
                                    owner,
                                    "Inky",
                                    at,
                                    Trick.values()[i % Trick.values().length],
                                    3);
                        case 2, 3 ->
                            new CareGiven(
                                    UUID.randomUUID(),
                                    pet,
                                    owner,
                                    "Inky",
                                    at,
                                    "FEED",
                                    List.of("SHRIMP", "CLAM", "CRAB").get(i % 3),
                                    1,
                                    List.of());
                        case 4, 5, 6 ->
                            new CareGiven(UUID.randomUUID(), pet, owner, "Inky", at, "CLEAN", null, ++seq, List.of());
                        default ->
                            new CareGiven(UUID.randomUUID(), pet, owner, "Inky", at, "STROKE", null, 1, List.of());
                    });
        }
        return events;
    }

    /** Judges the events in batches, as the worker does, keeping what is unlocked between batches. */
    private static Map<UUID, Set<Achievement>> unlockAll(List<PetEvent> events, int batchSize) {
        var progress = new MemoryProgress();
        var unlocked = new HashMap<UUID, Set<Achievement>>();
        for (int from = 0; from < events.size(); from += batchSize) {
            var byOwner = new HashMap<UUID, List<PetEvent>>();
            events.subList(from, Math.min(events.size(), from + batchSize))
                    .forEach(event -> byOwner.computeIfAbsent(event.ownerId(), owner -> new ArrayList<>())
                            .add(event));
            AchievementRules.unlockedBy(byOwner, unlocked, progress).forEach((owner, unlocks) -> {
                var mine = unlocked.computeIfAbsent(owner, o -> EnumSet.noneOf(Achievement.class));
                for (var unlock : unlocks) {
                    assertThat(mine).doesNotContain(unlock.achievement());
                    mine.add(unlock.achievement());
                }
            });
        }
        return unlocked;
    }

    private List<Unlock> judge(PetEvent... events) {
        return judge(Set.of(), events);
    }

    private List<Unlock> judge(Set<Achievement> unlocked, PetEvent... events) {
        return AchievementRules.unlockedBy(Map.of(OWNER, List.of(events)), Map.of(OWNER, unlocked), progress)
                .getOrDefault(OWNER, List.of());
    }

    private static Instant at(int minutes) {
        return AT.plus(Duration.ofMinutes(minutes));
    }

    private static Instant day(int day) {
        return AT.plus(Duration.ofDays(day));
    }

    private static StageReached stage(Stage stage, Instant at) {
        return new StageReached(UUID.randomUUID(), PET, OWNER, "Inky", at, stage, null);
    }

    private static TrickLearned trick(UUID pet, Trick trick, Instant at) {
        return new TrickLearned(UUID.randomUUID(), pet, OWNER, "Inky", at, trick, 3);
    }

    private static CareGiven feed(UUID pet, String food, Instant at) {
        return new CareGiven(UUID.randomUUID(), pet, OWNER, "Inky", at, "FEED", food, 1, List.of());
    }

    private static CareGiven clean(UUID pet, long seq, Instant at) {
        return new CareGiven(UUID.randomUUID(), pet, OWNER, "Inky", at, "CLEAN", null, seq, List.of());
    }

    private static CareGiven care(String action, Instant at) {
        return new CareGiven(UUID.randomUUID(), PET, OWNER, "Inky", at, action, null, 1, List.of());
    }
}
