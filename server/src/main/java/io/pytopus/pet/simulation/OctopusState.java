package io.pytopus.pet.simulation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A snapshot of one octopus, exact at {@code updatedAt}. Immutable: {@link Simulation} computes new
 * snapshots from old ones.
 *
 * @param petId the pet's id; with an action's sequence number it seeds the action's randomness
 * @param species the species, which modifies some rules
 * @param status whether the octopus is in the tank, on vacation, or gone
 * @param personality {@link Personality#UNFORMED} until the octopus becomes an adult
 * @param needs the five needs
 * @param trust the bond with its owner, in [0, 100]
 * @param ink ink in its sac, in [0, 100]; refills over time
 * @param asleep whether the lights are off
 * @param sick whether it is sick (until healed)
 * @param healthAlarmArmed whether a drop of health below 30 would make it sick: true unless it was
 *     healed to a health still below 30 and has not recovered to 30 since, so healing always cures
 * @param tricks learned tricks and training progress
 * @param timers the clocks the rules need (active age, away grace, sickness timer, ...)
 * @param recentCare the last food and toy, for the repetition rules
 * @param juvenileCare the care tallies of its youth, for the personality rule
 * @param updatedAt the instant this snapshot is exact at
 */
public record OctopusState(
        UUID petId,
        Species species,
        Status status,
        Personality personality,
        Needs needs,
        double trust,
        double ink,
        boolean asleep,
        boolean sick,
        boolean healthAlarmArmed,
        Tricks tricks,
        Timers timers,
        RecentCare recentCare,
        JuvenileCare juvenileCare,
        Instant updatedAt) {

    public OctopusState {
        Objects.requireNonNull(petId, "petId");
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(personality, "personality");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(tricks, "tricks");
        Objects.requireNonNull(timers, "timers");
        Objects.requireNonNull(recentCare, "recentCare");
        Objects.requireNonNull(juvenileCare, "juvenileCare");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!(trust >= 0 && trust <= 100)) {
            throw new IllegalArgumentException("trust must be in [0, 100], was " + trust);
        }
        if (!(ink >= 0 && ink <= 100)) {
            throw new IllegalArgumentException("ink must be in [0, 100], was " + ink);
        }
    }

    /** The life stage, which follows from the active age and the species. */
    public Stage stage() {
        return species.stageAt(timers.activeAgeHours());
    }

    /** How the octopus feels at {@code updatedAt}. */
    public Mood mood() {
        return Mood.of(this);
    }

    /** What its skin shows at {@code updatedAt}. */
    public Skin skin() {
        return mood().skin();
    }
}
