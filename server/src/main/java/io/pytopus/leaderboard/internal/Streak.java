package io.pytopus.leaderboard.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A pet's care streak: consecutive UTC days with at least one care action. Kept per pet by the
 * leaderboard worker ({@code leaderboard_streaks}), so a care action that starts a new day costs one
 * row, not a look at the pet's whole history (ADR 0026).
 *
 * @param lastDay the latest day with care, or {@code null} before the first
 * @param currentDays the length of the run that ends on {@code lastDay}
 * @param bestDays the longest run so far: the {@code longest-streak} board's score
 */
record Streak(@Nullable LocalDate lastDay, int currentDays, int bestDays) {

    static final Streak NONE = new Streak(null, 0, 0);

    /**
     * The streak with one more care day, which it has not counted before.
     *
     * @return empty when the day lies before {@link #lastDay()}: a late event, which may join two runs
     *     this record cannot tell apart; only {@link #of(Collection)} over every day can place it
     */
    Optional<Streak> with(LocalDate day) {
        if (lastDay == null) {
            return Optional.of(new Streak(day, 1, Math.max(bestDays, 1)));
        }
        if (day.isBefore(lastDay)) {
            return Optional.empty();
        }
        if (day.equals(lastDay)) {
            return Optional.of(this);
        }
        int current = day.equals(lastDay.plusDays(1)) ? currentDays + 1 : 1;
        return Optional.of(new Streak(day, current, Math.max(bestDays, current)));
    }

    /** The streak of these care days, in any order, repeats allowed. */
    static Streak of(Collection<LocalDate> days) {
        var streak = NONE;
        for (var day : new TreeSet<>(days)) {
            streak = streak.with(day).orElseThrow();
        }
        return streak;
    }
}
