package io.pytopus.pet.simulation;

import java.time.Duration;

/**
 * The clocks the rules need, all in simulated hours (real time multiplied by the time scale).
 *
 * <p>Clocks are kept as elapsed durations rather than instants so that they stay exact under the time
 * scale and freeze naturally on vacation.
 *
 * @param activeAgeHours time lived, excluding vacations; decides the stage
 * @param hoursSinceInteraction time since the owner's last applied action, vacations included (the
 *     owner's absence); from 12 hours on the away grace slows decay
 * @param hoursSinceLastPlay time since the last PLAY, for the "same toy within the hour" rule
 * @param dirtyWaterHours how long cleanliness has stayed below 20 since it was last clean or healed;
 *     at 2 hours the octopus falls sick
 * @param scaredHours how much longer the octopus stays scared after a startle
 * @param vacationHours how long the current (or last) vacation has lasted
 */
public record Timers(
        double activeAgeHours,
        double hoursSinceInteraction,
        double hoursSinceLastPlay,
        double dirtyWaterHours,
        double scaredHours,
        double vacationHours) {

    /** All clocks at zero: a fresh egg. */
    public static final Timers ZERO = new Timers(0, 0, 0, 0, 0, 0);

    public Timers {
        requireClock("activeAgeHours", activeAgeHours);
        requireClock("hoursSinceInteraction", hoursSinceInteraction);
        requireClock("hoursSinceLastPlay", hoursSinceLastPlay);
        requireClock("dirtyWaterHours", dirtyWaterHours);
        requireClock("scaredHours", scaredHours);
        requireClock("vacationHours", vacationHours);
    }

    /** Active age as a duration of simulated time. */
    public Duration activeAge() {
        return Duration.ofNanos(Math.round(activeAgeHours * 3.6e12));
    }

    private static void requireClock(String name, double hours) {
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException(name + " must be a finite number of hours >= 0, was " + hours);
        }
    }
}
