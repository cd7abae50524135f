package io.pytopus.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A user's nudge preferences, and what they mean at an instant. Pure: no clock, no I/O.
 *
 * <p>Quiet hours are wall-clock times in the user's zone, so they follow daylight saving: a night of
 * 22:00 to 07:00 is 9 hours long most nights, 8 when the clocks go forward and 10 when they go back.
 * {@code quietFrom} after {@code quietTo} spans midnight.
 *
 * @param timeZone the user's IANA time zone
 * @param quietFrom the local time quiet hours start, or {@code null} when they are off
 * @param quietTo the local time quiet hours end (exclusive), or {@code null} when they are off
 * @param emailNudges whether the user opted in to nudges by email
 * @param weeklyDigest whether the user opted in to the weekly digest by email
 */
public record UserPreferences(
        ZoneId timeZone,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietTo,
        boolean emailNudges,
        boolean weeklyDigest) {

    public UserPreferences {
        Objects.requireNonNull(timeZone, "timeZone");
        if ((quietFrom == null) != (quietTo == null)) {
            throw new IllegalArgumentException("quiet hours need both ends or neither");
        }
        if (quietFrom != null && quietFrom.equals(quietTo)) {
            throw new IllegalArgumentException("quiet hours must not be empty");
        }
    }

    /** Preferences without the weekly digest. */
    public UserPreferences(
            ZoneId timeZone, @Nullable LocalTime quietFrom, @Nullable LocalTime quietTo, boolean emailNudges) {
        this(timeZone, quietFrom, quietTo, emailNudges, false);
    }

    /** Whether the user wants the emails of {@code list}. */
    public boolean subscribedTo(EmailList list) {
        return switch (list) {
            case NUDGES -> emailNudges;
            case WEEKLY_DIGEST -> weeklyDigest;
        };
    }

    /** Whether the user has quiet hours at all. */
    public boolean hasQuietHours() {
        return quietFrom != null;
    }

    /** Whether {@code at} falls in the user's quiet hours. */
    public boolean isQuietAt(Instant at) {
        return quietUntil(at).isPresent();
    }

    /**
     * When the quiet hours that {@code at} falls in end: the first instant after {@code at} at which
     * the user's wall clock shows {@code quietTo}. Empty when {@code at} is not in quiet hours.
     *
     * <p>When daylight saving makes the clock skip {@code quietTo} (02:30 on a night it jumps from
     * 02:00 to 03:00), the quiet hours end at the jump, the first moment the clock shows a later time.
     * When it shows {@code quietTo} twice (the clocks go back), they end the first time; the repeated
     * hour before it is quiet again and ends the second time.
     */
    public Optional<Instant> quietUntil(Instant at) {
        if (quietFrom == null || quietTo == null) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(timeZone);
        LocalTime time = local.toLocalTime();
        LocalDate date = local.toLocalDate();
        boolean spansMidnight = quietFrom.isAfter(quietTo);
        LocalDate endDate;
        if (!spansMidnight && !time.isBefore(quietFrom) && time.isBefore(quietTo)) {
            endDate = date;
        } else if (spansMidnight && !time.isBefore(quietFrom)) {
            endDate = date.plusDays(1);
        } else if (spansMidnight && time.isBefore(quietTo)) {
            endDate = date;
        } else {
            return Optional.empty();
        }
        LocalDateTime wallClockEnd = LocalDateTime.of(endDate, quietTo);
        ZoneRules rules = timeZone.getRules();
        if (rules.getValidOffsets(wallClockEnd).isEmpty()) {
            return Optional.of(rules.getTransition(wallClockEnd).getInstant());
        }
        ZonedDateTime end = ZonedDateTime.of(wallClockEnd, timeZone);
        if (!end.toInstant().isAfter(at)) {
            // In the repeated hour of an overlap: the wall clock shows quietTo again, later.
            end = end.withLaterOffsetAtOverlap();
        }
        return end.toInstant().isAfter(at) ? Optional.of(end.toInstant()) : Optional.empty();
    }
}
