package io.pytopus.pet.simulation;

import java.time.Instant;
import java.util.UUID;

/** Test octopi: a builder over every field of {@link OctopusState}, starting from a comfortable pet. */
final class Octopi {

    static final UUID PET = UUID.fromString("2f1c6d0e-4b7a-4c59-9a51-7b0f3e2d9c11");
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final Simulation REAL_TIME = new Simulation(SimulationSettings.realTime());

    static final double HATCHLING_AGE = 1;
    static final double JUVENILE_AGE = 30;
    static final double ADULT_AGE = 200;

    private UUID petId = PET;
    private Species species = Species.COMMON;
    private Status status = Status.ACTIVE;
    private Personality personality = Personality.UNFORMED;
    private double satiety = 70;
    private double joy = 70;
    private double energy = 70;
    private double cleanliness = 70;
    private double health = 80;
    private double trust = 50;
    private double ink = 100;
    private boolean asleep;
    private boolean sick;
    private boolean healthAlarmArmed = true;
    private Tricks tricks = Tricks.NONE;
    private double activeAge = HATCHLING_AGE;
    private double sinceInteraction;
    private double sinceLastPlay = 10;
    private double dirtyWater;
    private double scared;
    private double vacation;
    private RecentCare recentCare = RecentCare.NONE;
    private JuvenileCare juvenileCare = JuvenileCare.NONE;
    private Instant updatedAt = T0;

    private Octopi() {}

    /** A content, awake COMMON hatchling, one hour old, with every need at 70 and health 80. */
    static Octopi hatchling() {
        return new Octopi();
    }

    static Octopi juvenile() {
        return new Octopi().age(JUVENILE_AGE);
    }

    static Octopi adult() {
        return new Octopi().age(ADULT_AGE).personality(Personality.CURIOUS);
    }

    static Octopi egg() {
        return new Octopi()
                .age(0)
                .satiety(Simulation.EGG_SATIETY)
                .joy(Simulation.EGG_JOY)
                .energy(100)
                .cleanliness(100)
                .health(100)
                .trust(Simulation.EGG_TRUST);
    }

    Octopi species(Species value) {
        species = value;
        return this;
    }

    Octopi status(Status value) {
        status = value;
        return this;
    }

    Octopi personality(Personality value) {
        personality = value;
        return this;
    }

    Octopi satiety(double value) {
        satiety = value;
        return this;
    }

    Octopi joy(double value) {
        joy = value;
        return this;
    }

    Octopi energy(double value) {
        energy = value;
        return this;
    }

    Octopi cleanliness(double value) {
        cleanliness = value;
        return this;
    }

    Octopi health(double value) {
        health = value;
        return this;
    }

    Octopi needs(double all) {
        return satiety(all).joy(all).energy(all).cleanliness(all).health(all);
    }

    Octopi trust(double value) {
        trust = value;
        return this;
    }

    Octopi ink(double value) {
        ink = value;
        return this;
    }

    Octopi asleep() {
        asleep = true;
        return this;
    }

    Octopi sick() {
        sick = true;
        return this;
    }

    Octopi healthAlarmArmed(boolean value) {
        healthAlarmArmed = value;
        return this;
    }

    Octopi tricks(Tricks value) {
        tricks = value;
        return this;
    }

    Octopi age(double hours) {
        activeAge = hours;
        return this;
    }

    Octopi hoursSinceInteraction(double hours) {
        sinceInteraction = hours;
        return this;
    }

    Octopi hoursSinceLastPlay(double hours) {
        sinceLastPlay = hours;
        return this;
    }

    Octopi dirtyWaterHours(double hours) {
        dirtyWater = hours;
        return this;
    }

    Octopi scaredHours(double hours) {
        scared = hours;
        return this;
    }

    Octopi vacationHours(double hours) {
        vacation = hours;
        return this;
    }

    Octopi recentCare(RecentCare value) {
        recentCare = value;
        return this;
    }

    Octopi juvenileCare(JuvenileCare value) {
        juvenileCare = value;
        return this;
    }

    Octopi updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    Octopi petId(UUID value) {
        petId = value;
        return this;
    }

    OctopusState build() {
        return new OctopusState(
                petId,
                species,
                status,
                personality,
                new Needs(satiety, joy, energy, cleanliness, health),
                trust,
                ink,
                asleep,
                sick,
                healthAlarmArmed,
                tricks,
                new Timers(activeAge, sinceInteraction, sinceLastPlay, dirtyWater, scared, vacation),
                recentCare,
                juvenileCare,
                updatedAt);
    }

    /** The instant {@code hours} (real hours) after {@code from}. */
    static Instant plusHours(Instant from, double hours) {
        return from.plusNanos(Math.round(hours * 3.6e12));
    }

    /** {@code state} advanced by {@code hours} real hours at real time. */
    static OctopusState after(OctopusState state, double hours) {
        return REAL_TIME.advance(state, plusHours(state.updatedAt(), hours));
    }

    /** Applies {@code action} {@code hours} after the snapshot, at real time, as action number 1. */
    static ActionOutcome act(OctopusState state, Action action, double hours) {
        return act(state, action, hours, 1);
    }

    static ActionOutcome act(OctopusState state, Action action, double hours, long sequenceNumber) {
        return REAL_TIME.apply(state, action, plusHours(state.updatedAt(), hours), sequenceNumber);
    }

    /** Applies {@code action} at the snapshot's instant and returns the outcome, which must be applied. */
    static ActionOutcome.Applied applied(OctopusState state, Action action) {
        return applied(state, action, 1);
    }

    static ActionOutcome.Applied applied(OctopusState state, Action action, long sequenceNumber) {
        ActionOutcome outcome = act(state, action, 0, sequenceNumber);
        if (outcome instanceof ActionOutcome.Applied applied) {
            return applied;
        }
        throw new AssertionError(action + " was not applied: " + outcome);
    }

    /** The refusal of {@code action} at the snapshot's instant, or {@code null} if it was applied. */
    static Refusal refusal(OctopusState state, Action action) {
        return act(state, action, 0) instanceof ActionOutcome.Refused(Refusal reason) ? reason : null;
    }

    /** The first sequence number from 0 whose roll for {@code petId} satisfies {@code wanted}. */
    static long sequenceWhereRoll(UUID petId, java.util.function.DoublePredicate wanted) {
        for (long seq = 0; ; seq++) {
            if (wanted.test(Dice.roll(petId, seq))) {
                return seq;
            }
        }
    }
}
