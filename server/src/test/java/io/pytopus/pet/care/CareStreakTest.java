package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareStreakTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-10");

    private static List<LocalDate> days(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }

    @Test
    void noCareNoStreak() {
        assertThat(StoredPetSummaries.streak(List.of(), TODAY)).isZero();
    }

    @Test
    void consecutiveDaysUpToTodayCount() {
        assertThat(StoredPetSummaries.streak(days("2026-06-10", "2026-06-09", "2026-06-08", "2026-06-06"), TODAY))
                .isEqualTo(3);
    }

    @Test
    void aDayWithoutCareYetDoesNotBreakTheStreakUntilItEnds() {
        assertThat(StoredPetSummaries.streak(days("2026-06-09", "2026-06-08"), TODAY))
                .isEqualTo(2);
    }

    @Test
    void aWholeDayWithoutCareBreaksIt() {
        assertThat(StoredPetSummaries.streak(days("2026-06-08", "2026-06-07"), TODAY))
                .isZero();
    }
}
