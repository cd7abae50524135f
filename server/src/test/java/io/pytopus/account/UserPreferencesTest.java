package io.pytopus.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quiet hours in the user's own zone: same-day and overnight windows, and daylight saving. */
class UserPreferencesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static UserPreferences quiet(ZoneId zone, String from, String to) {
        return new UserPreferences(zone, LocalTime.parse(from), LocalTime.parse(to), false);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void withoutQuietHoursItIsNeverQuiet() {
        var preferences = new UserPreferences(PARIS, null, null, true);

        assertThat(preferences.hasQuietHours()).isFalse();
        assertThat(preferences.quietUntil(at("2026-06-01T01:00:00Z"))).isEmpty();
    }

    @Test
    void aSameDayWindowIsQuietFromItsStartUntilJustBeforeItsEnd() {
        var siesta = quiet(ZoneId.of("UTC"), "13:00", "15:00");

        assertThat(siesta.isQuietAt(at("2026-06-01T12:59:59Z"))).isFalse();
        assertThat(siesta.quietUntil(at("2026-06-01T13:00:00Z"))).contains(at("2026-06-01T15:00:00Z"));
        assertThat(siesta.quietUntil(at("2026-06-01T14:30:00Z"))).contains(at("2026-06-01T15:00:00Z"));
        assertThat(siesta.isQuietAt(at("2026-06-01T15:00:00Z"))).isFalse();
    }

    @Test
    void anOvernightWindowEndsTheNextMorningBeforeMidnightAndTheSameMorningAfter() {
        var night = quiet(PARIS, "22:00", "07:00");

        // 23:30 in Paris (summer, UTC+2) on 1 June: quiet until 07:00 on 2 June.
        assertThat(night.quietUntil(at("2026-06-01T21:30:00Z"))).contains(at("2026-06-02T05:00:00Z"));
        // 03:00 in Paris on 2 June: the same night, the same end.
        assertThat(night.quietUntil(at("2026-06-02T01:00:00Z"))).contains(at("2026-06-02T05:00:00Z"));
        assertThat(night.isQuietAt(at("2026-06-02T05:00:00Z"))).isFalse();
        assertThat(night.isQuietAt(at("2026-06-01T19:59:00Z"))).isFalse();
        assertThat(night.isQuietAt(at("2026-06-01T12:00:00Z"))).isFalse();
    }

    @Test
    void quietHoursAreTheUsersWallClockNotUtc() {
        var night = quiet(NEW_YORK, "22:00", "07:00");

        // 03:00 UTC is 23:00 the evening before in New York (UTC-4 in summer).
        assertThat(night.quietUntil(at("2026-06-02T03:00:00Z"))).contains(at("2026-06-02T11:00:00Z"));
        // 12:00 UTC is 08:00 in New York: awake.
        assertThat(night.isQuietAt(at("2026-06-02T12:00:00Z"))).isFalse();
    }

    @Test
    void theNightTheClocksGoForwardIsAnHourShorter() {
        // Paris, 29 March 2026: 02:00 CET jumps to 03:00 CEST.
        var night = quiet(PARIS, "22:00", "07:00");
        var start = at("2026-03-28T21:00:00Z"); // 22:00 CET

        var end = night.quietUntil(start).orElseThrow();

        assertThat(end).isEqualTo(at("2026-03-29T05:00:00Z")); // 07:00 CEST
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void theNightTheClocksGoBackIsAnHourLonger() {
        // Paris, 25 October 2026: 03:00 CEST falls back to 02:00 CET.
        var night = quiet(PARIS, "22:00", "07:00");
        var start = at("2026-10-24T20:00:00Z"); // 22:00 CEST

        var end = night.quietUntil(start).orElseThrow();

        assertThat(end).isEqualTo(at("2026-10-25T06:00:00Z")); // 07:00 CET
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void anEndTheClockSkipsIsReachedWhenTheClockJumpsPastIt() {
        // 02:30 does not exist in Paris on 29 March 2026: the clock jumps from 02:00 to 03:00.
        var late = quiet(PARIS, "23:00", "02:30");

        assertThat(late.quietUntil(at("2026-03-29T00:30:00Z"))) // 01:30 CET
                .contains(at("2026-03-29T01:00:00Z")); // the jump, 03:00 CEST
        assertThat(late.isQuietAt(at("2026-03-29T01:00:00Z"))).isFalse();
    }

    @Test
    void aStartTheClockSkipsStillStartsTheWindowAfterTheJump() {
        var early = quiet(PARIS, "02:15", "06:00");

        assertThat(early.isQuietAt(at("2026-03-29T00:59:00Z"))).isFalse(); // 01:59 CET
        assertThat(early.quietUntil(at("2026-03-29T01:00:00Z"))) // 03:00 CEST
                .contains(at("2026-03-29T04:00:00Z")); // 06:00 CEST
    }

    @Test
    void anEndTheClockShowsTwiceEndsTheFirstTimeAndTheRepeatedHourIsQuietAgain() {
        // On 25 October 2026 Paris shows 02:30 twice: at 00:30 UTC (CEST) and at 01:30 UTC (CET).
        var late = quiet(PARIS, "23:00", "02:30");

        assertThat(late.quietUntil(at("2026-10-24T22:00:00Z"))) // 00:00 CEST
                .contains(at("2026-10-25T00:30:00Z"));
        assertThat(late.isQuietAt(at("2026-10-25T00:45:00Z"))).isFalse(); // 02:45 CEST
        assertThat(late.quietUntil(at("2026-10-25T01:15:00Z"))) // 02:15 CET, the second time
                .contains(at("2026-10-25T01:30:00Z"));
        assertThat(late.isQuietAt(at("2026-10-25T01:30:00Z"))).isFalse();
    }

    @Test
    void quietHoursNeedBothEndsAndSomeLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UserPreferences(PARIS, LocalTime.NOON, null, false));
        assertThatIllegalArgumentException().isThrownBy(() -> quiet(PARIS, "08:00", "08:00"));
    }
}
