package io.pytopus.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeksTest {

    @Test
    void aWeekRunsFromMondayMidnightUtc() {
        assertThat(Weeks.weekOf(Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(Weeks.weekOf(Instant.parse("2026-06-07T23:59:59Z"))).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(Weeks.weekOf(Instant.parse("2026-06-08T00:00:00Z"))).isEqualTo(LocalDate.parse("2026-06-08"));
    }

    @Test
    void theDigestOfAMondayMorningIsThePreviousWeek() {
        assertThat(Weeks.lastCompleteWeekBefore(Instant.parse("2026-06-08T08:00:00Z")))
                .isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(Weeks.lastCompleteWeekBefore(Instant.parse("2026-06-14T20:00:00Z")))
                .isEqualTo(LocalDate.parse("2026-06-01"));
    }

    @Test
    void aWeekStartsOnAMonday() {
        Weeks.requireMonday(LocalDate.parse("2026-06-01"));
        assertThatIllegalArgumentException().isThrownBy(() -> Weeks.requireMonday(LocalDate.parse("2026-06-02")));
    }
}
