package io.pytopus.leaderboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    @Test
    void consecutiveDaysMakeARunAndAGapStartsANewOne() {
        var streak = Streak.NONE;
        streak = streak.with(MONDAY).orElseThrow();
        streak = streak.with(MONDAY.plusDays(1)).orElseThrow();
        streak = streak.with(MONDAY.plusDays(2)).orElseThrow();

        assertThat(streak).isEqualTo(new Streak(MONDAY.plusDays(2), 3, 3));

        streak = streak.with(MONDAY.plusDays(5)).orElseThrow();

        assertThat(streak).isEqualTo(new Streak(MONDAY.plusDays(5), 1, 3));
    }

    @Test
    void theLastDayAgainChangesNothing() {
        var streak = Streak.of(List.of(MONDAY, MONDAY.plusDays(1)));

        assertThat(streak.with(MONDAY.plusDays(1))).contains(streak);
    }

    @Test
    void aDayBeforeTheLastOneCannotBePlacedWithoutEveryDay() {
        var streak = Streak.of(List.of(MONDAY, MONDAY.plusDays(2)));

        assertThat(streak.with(MONDAY.plusDays(1))).isEmpty();
        // Placed among every day, it joins the two runs.
        assertThat(Streak.of(List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(1))))
                .isEqualTo(new Streak(MONDAY.plusDays(2), 3, 3));
    }

    /**
     * Days in any order, each any number of times, handled as the worker handles them: a day already
     * recorded changes nothing; a new one extends the streak, or, when it lies before the last day,
     * the streak is counted again over every day recorded. The result is the streak of the days.
     */
    @Property(tries = 1000)
    void daysInAnyOrderAndRepeatedGiveTheStreakOfTheirSet(@ForAll("days") List<LocalDate> deliveries) {
        var recorded = new HashSet<LocalDate>();
        var streak = Streak.NONE;
        for (var day : deliveries) {
            if (recorded.add(day)) {
                var known = Streak.of(recorded);
                streak = streak.with(day).orElse(known);
            }
        }

        assertThat(streak).isEqualTo(Streak.of(recorded));
        assertThat(streak.bestDays()).isEqualTo(longestRun(recorded));
        assertThat(streak.lastDay()).isEqualTo(recorded.isEmpty() ? null : new TreeSet<>(recorded).last());
    }

    @Provide
    Arbitrary<List<LocalDate>> days() {
        return Arbitraries.integers()
                .between(0, 40)
                .map(MONDAY::plusDays)
                .list()
                .ofMaxSize(60);
    }

    /** The longest run of consecutive days, counted the plain way. */
    private static int longestRun(Set<LocalDate> days) {
        int best = 0;
        for (var day : days) {
            if (!days.contains(day.minusDays(1))) {
                int run = 1;
                while (days.contains(day.plusDays(run))) {
                    run++;
                }
                best = Math.max(best, run);
            }
        }
        return best;
    }
}
