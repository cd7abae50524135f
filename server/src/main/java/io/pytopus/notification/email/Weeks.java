package io.pytopus.notification.email;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** Digest weeks: Monday 00:00 UTC to the next Monday, named by their Monday. */
final class Weeks {

    private Weeks() {}

    /** The Monday of the week {@code instant} falls in. */
    static LocalDate weekOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of the last complete week before {@code instant}. */
    static LocalDate lastCompleteWeekBefore(Instant instant) {
        return weekOf(instant).minusWeeks(1);
    }

    static void requireMonday(LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A digest week starts on a Monday, not on " + weekStart);
        }
    }
}
