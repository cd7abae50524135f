package io.pytopus.pet.simulation;

import java.time.Instant;

/**
 * A mutable working copy of an {@link OctopusState} in primitive fields. Time is stepped here from
 * breakpoint to breakpoint, and actions change it, without allocating anything per step; {@link
 * #toState} turns it back into a snapshot, reusing the parts that did not change.
 *
 * <p>Between two breakpoints every rate is constant. A breakpoint is an instant where a rate or a
 * discrete state may change: a need crossing 15 (health loss), 40 (while it can start or stop the
 * health recovery), 30 (sickness, the juvenile's neglect tally, attention) or 20 (the dirty-water
 * timer), energy reaching 0 or 100, health reaching 0, the away grace starting, the dirty-water
 * timer reaching 2 hours, a stage boundary, the end of a vacation. Levels that change no rate
 * (satiety reaching 0, health reaching 100, ...) are clamps, not breakpoints.
 *
 * <p>Values land exactly on the level they were heading for at a breakpoint, and the next segment
 * classifies a value sitting exactly on a level by the direction it moves in (energy at 40 and
 * falling is already "below 40"). Discrete changes (falling asleep, waking, sickness, escape,
 * personality) are rules on the state applied by {@link #settle}, never remembered crossings, so
 * splitting an interval anywhere yields the same result.
 */
final class MutableOctopus {

    /**
     * A breakpoint this close beyond the end of an interval (simulated hours, i.e. 3.6 ns) counts as
     * reached. Without it, an interval that ends exactly on a breakpoint (14 days of vacation) could
     * stop a rounding error short of it when computed in two parts. It is well above the rounding
     * error of hour counts (about 1e-13 for a month) and a few nanoseconds of real time at time
     * scale 1.
     */
    static final double EPSILON_HOURS = 1e-12;

    static final double GRACE_AFTER_HOURS = 12;
    static final double GRACE_DECAY_FACTOR = 1.0 / 3.0;
    static final double DIRTY_WATER_LEVEL = 20;
    static final double DIRTY_WATER_SICK_AFTER_HOURS = 2;
    static final double SICK_BELOW_HEALTH = 30;
    static final double ATTENTION_LEVEL = 30;
    static final double LOW_LEVEL = 15;
    static final double WELL_LEVEL = 40;
    static final double MAX = 100;
    static final double VACATION_MAX_HOURS = 14 * 24;
    static final double INK_REFILL_RATE = 10;

    /** A guard against a bug turning into an endless loop; real advances take a few dozen steps. */
    private static final int MAX_STEPS = 1_000_000;

    private static final double INF = Double.POSITIVE_INFINITY;

    private final OctopusState origin;
    final Species species;
    private final double energyDecayFactor;
    private final double hatchAt;
    private final double juvenileAt;
    private final double adultAt;
    private final double elderAt;

    Status status;
    Personality personality;
    double satiety;
    double joy;
    double energy;
    double cleanliness;
    double health;
    double trust;
    double ink;
    boolean asleep;
    boolean sick;
    boolean healthAlarmArmed;
    Tricks tricks;
    double activeAge;
    double sinceInteraction;
    double sinceLastPlay;
    double dirtyWater;
    double scared;
    double vacation;
    RecentCare recentCare;
    /** The tallies of youth; its neglected hours are stale, {@link #neglected} has them. */
    JuvenileCare juvenileCare;

    double neglected;

    /** When set, needs crossing 30 are breakpoints even outside the juvenile stage. */
    private boolean watchAttention;

    MutableOctopus(OctopusState state) {
        this.origin = state;
        this.species = state.species();
        this.energyDecayFactor = species.energyDecayFactor();
        this.hatchAt = species.stageEndHours(Stage.EGG);
        this.juvenileAt = species.stageEndHours(Stage.HATCHLING);
        this.adultAt = species.stageEndHours(Stage.JUVENILE);
        this.elderAt = species.stageEndHours(Stage.ADULT);
        status = state.status();
        personality = state.personality();
        Needs needs = state.needs();
        satiety = needs.satiety();
        joy = needs.joy();
        energy = needs.energy();
        cleanliness = needs.cleanliness();
        health = needs.health();
        trust = state.trust();
        ink = state.ink();
        asleep = state.asleep();
        sick = state.sick();
        healthAlarmArmed = state.healthAlarmArmed();
        tricks = state.tricks();
        Timers timers = state.timers();
        activeAge = timers.activeAgeHours();
        sinceInteraction = timers.hoursSinceInteraction();
        sinceLastPlay = timers.hoursSinceLastPlay();
        dirtyWater = timers.dirtyWaterHours();
        scared = timers.scaredHours();
        vacation = timers.vacationHours();
        recentCare = state.recentCare();
        juvenileCare = state.juvenileCare();
        neglected = juvenileCare.neglectedHours();
    }

    Stage stage() {
        return species.stageAt(activeAge);
    }

    boolean isEgg() {
        return activeAge < hatchAt;
    }

    /** Lets {@code hours} of simulated time pass. */
    void advance(double hours) {
        settle();
        double remaining = hours;
        int steps = 0;
        while (remaining > 0 && status.present()) {
            remaining -= step(remaining);
            if (++steps > MAX_STEPS) {
                throw new IllegalStateException("advancing pet " + origin.petId() + " does not converge");
            }
        }
    }

    /**
     * Simulated hours from now until the octopus first needs its owner (see {@link
     * #needsAttention()}), or infinity if it never will. Advances this copy to that point.
     */
    double hoursUntilAttention() {
        watchAttention = true;
        settle();
        double elapsed = 0;
        int steps = 0;
        while (status.present()) {
            if (status == Status.ACTIVE && !isEgg() && needsAttention()) {
                return elapsed;
            }
            double taken = step(INF);
            if (taken == INF || ++steps > MAX_STEPS) {
                return INF;
            }
            elapsed += taken;
        }
        return INF;
    }

    /**
     * Whether the owner should look after the octopus: it is sick, or a need is at 30 or below.
     * Energy counts only while awake, because a sleeping octopus is already recovering it.
     */
    boolean needsAttention() {
        return sick
                || satiety <= ATTENTION_LEVEL
                || joy <= ATTENTION_LEVEL
                || cleanliness <= ATTENTION_LEVEL
                || health <= ATTENTION_LEVEL
                || (!asleep && energy <= ATTENTION_LEVEL);
    }

    /**
     * Applies the rules that act at an instant: the end of a vacation, escape at health 0, falling
     * asleep at energy 0, waking at 100, falling sick, the personality at adulthood.
     */
    void settle() {
        if (status == Status.ON_VACATION && vacation >= VACATION_MAX_HOURS) {
            status = Status.ACTIVE;
        }
        if (status != Status.ACTIVE || isEgg()) {
            return;
        }
        if (health <= 0) {
            health = 0;
            status = Status.ESCAPED;
            return;
        }
        if (!asleep && energy <= 0) {
            energy = 0;
            asleep = true;
        } else if (asleep && energy >= MAX) {
            energy = MAX;
            asleep = false;
        }
        if (health >= SICK_BELOW_HEALTH) {
            healthAlarmArmed = true;
        }
        // The timer measures how long the water has *stayed* dirty.
        if (cleanliness > DIRTY_WATER_LEVEL) {
            dirtyWater = 0;
        }
        if (!sick && (dirtyWater >= DIRTY_WATER_SICK_AFTER_HOURS || (healthAlarmArmed && health < SICK_BELOW_HEALTH))) {
            sick = true;
        }
        if (personality == Personality.UNFORMED && activeAge >= adultAt) {
            personality = juvenileCare.withNeglectedHours(neglected).personality(trust);
        }
    }

    /**
     * Moves to the next breakpoint, or by {@code limit} if that comes first, and returns the simulated
     * hours taken (possibly up to {@link #EPSILON_HOURS} more than {@code limit}).
     *
     * <p>Only levels where something changes are breakpoints. Satiety, joy and cleanliness reaching 0
     * and health or ink reaching 100 change no other rate, so they are clamps, not breakpoints; 20, 30
     * and 40 count only while the rule they serve can fire. Fewer breakpoints make long absences
     * cheap.
     */
    private double step(double limit) {
        if (status == Status.ON_VACATION) {
            return stepOnVacation(limit);
        }
        if (activeAge < hatchAt) {
            return stepAsEgg(limit);
        }
        boolean juvenile = activeAge >= juvenileAt && activeAge < adultAt;
        boolean watch30 = watchAttention || juvenile;

        // Rates. The away grace slows decay only: recovery (sleep, ink, healing) keeps its pace.
        double decay = sinceInteraction >= GRACE_AFTER_HOURS ? GRACE_DECAY_FACTOR : 1.0;
        double satietyRate;
        double energyRate;
        double cleanlinessRate;
        if (asleep) {
            satietyRate = -2 * decay;
            energyRate = 20;
            cleanlinessRate = -1 * decay;
        } else {
            satietyRate = -6 * decay;
            energyRate = -5 * energyDecayFactor * decay;
            cleanlinessRate = -2 * decay;
        }
        // Which side of a level a need is on for the coming segment. A falling need sitting exactly on
        // a level is already below it; a rising one is not yet above it. Satiety and cleanliness only
        // fall (or rest at 0), energy rises exactly while asleep.
        int low = (satiety <= LOW_LEVEL ? 1 : 0)
                + (cleanliness <= LOW_LEVEL ? 1 : 0)
                + ((asleep ? energy < LOW_LEVEL : energy <= LOW_LEVEL) ? 1 : 0);
        boolean thriving = satiety > WELL_LEVEL
                && cleanliness > WELL_LEVEL
                && (asleep ? energy >= WELL_LEVEL : energy > WELL_LEVEL);
        double healthRateIfWell = low > 0 ? -3 * low : thriving ? 2 : 0;
        // Health sitting exactly on 30 and about to fall is sick now, not one rounding error later.
        if (!sick
                && (dirtyWater >= DIRTY_WATER_SICK_AFTER_HOURS
                        || (healthAlarmArmed
                                && (health < SICK_BELOW_HEALTH
                                        || (health == SICK_BELOW_HEALTH && healthRateIfWell < 0))))) {
            sick = true;
        }
        double joyRate = asleep || joy <= 0 ? 0 : (sick ? -8 : -4) * decay;
        double healthRate = sick ? -3 * low - 2 : healthRateIfWell;
        if (healthRate < 0) {
            healthRate *= decay;
        } else if (health >= MAX) {
            healthRate = 0;
        }
        boolean dirtyWaterClockRuns = !sick && cleanliness <= DIRTY_WATER_LEVEL;
        boolean neglectClockRuns = juvenile
                && (satiety <= ATTENTION_LEVEL
                        || cleanliness <= ATTENTION_LEVEL
                        || (asleep ? energy < ATTENTION_LEVEL : energy <= ATTENTION_LEVEL)
                        || (joyRate < 0 ? joy <= ATTENTION_LEVEL : joy < ATTENTION_LEVEL)
                        || (healthRate < 0 ? health <= ATTENTION_LEVEL : health < ATTENTION_LEVEL));

        // The next breakpoint of each quantity: the level it heads for and when it gets there. The 40
        // level only matters while it can start or stop the +2 health: a falling need crossing it
        // ends a recovery, rising energy crossing it may start one (satiety and cleanliness never
        // rise while time passes, so once below 40 they stay below).
        boolean watch40Falling = healthRate > 0;
        double satietyTarget = levelBelow(satiety, watch40Falling, watch30, false);
        double satietyTime = satietyTarget > 0 ? (satiety - satietyTarget) / -satietyRate : INF;
        double joyTime = watch30 && joyRate < 0 && joy > ATTENTION_LEVEL ? (joy - ATTENTION_LEVEL) / -joyRate : INF;
        double energyTarget;
        double energyTime;
        if (asleep) {
            boolean watch40Rising = !sick && health < MAX && satiety > WELL_LEVEL && cleanliness > WELL_LEVEL;
            energyTarget = levelAbove(energy, watch40Rising, watch30);
            energyTime = (energyTarget - energy) / energyRate;
        } else {
            energyTarget = levelBelow(energy, watch40Falling, watch30, false);
            energyTime = (energy - energyTarget) / -energyRate;
        }
        double cleanlinessTarget = levelBelow(cleanliness, watch40Falling, watch30, !sick);
        double cleanlinessTime = cleanlinessTarget > 0 ? (cleanliness - cleanlinessTarget) / -cleanlinessRate : INF;
        double healthTarget = 0;
        double healthTime = INF;
        if (healthRate < 0) {
            boolean watchSickLine = watch30 || (!sick && healthAlarmArmed);
            healthTarget = watchSickLine && health > SICK_BELOW_HEALTH ? SICK_BELOW_HEALTH : 0;
            healthTime = (health - healthTarget) / -healthRate;
        } else if (healthRate > 0 && health < SICK_BELOW_HEALTH && (watch30 || !healthAlarmArmed)) {
            healthTarget = SICK_BELOW_HEALTH;
            healthTime = (healthTarget - health) / healthRate;
        }
        double graceTime = sinceInteraction < GRACE_AFTER_HOURS ? GRACE_AFTER_HOURS - sinceInteraction : INF;
        double dirtyWaterTime = dirtyWaterClockRuns ? DIRTY_WATER_SICK_AFTER_HOURS - dirtyWater : INF;
        double stageEnd = activeAge < juvenileAt
                ? juvenileAt
                : activeAge < adultAt ? adultAt : activeAge < elderAt ? elderAt : INF;
        double stageTime = stageEnd - activeAge;

        double next = Math.min(
                Math.min(Math.min(stageTime, satietyTime), Math.min(joyTime, energyTime)),
                Math.min(Math.min(cleanlinessTime, healthTime), Math.min(graceTime, dirtyWaterTime)));
        double dt = next <= limit + EPSILON_HOURS ? next : limit;
        if (dt == INF) {
            return INF;
        }
        double reached = dt + EPSILON_HOURS;

        satiety = satietyTime <= reached ? satietyTarget : Math.max(0, satiety + satietyRate * dt);
        joy = joyTime <= reached ? ATTENTION_LEVEL : Math.max(0, joy + joyRate * dt);
        energy = energyTime <= reached ? energyTarget : energy + energyRate * dt;
        cleanliness = cleanlinessTime <= reached ? cleanlinessTarget : Math.max(0, cleanliness + cleanlinessRate * dt);
        health = healthTime <= reached ? healthTarget : Math.min(MAX, health + healthRate * dt);
        ink = Math.min(MAX, ink + INK_REFILL_RATE * dt);
        activeAge = stageTime <= reached ? stageEnd : activeAge + dt;
        sinceInteraction = graceTime <= reached ? GRACE_AFTER_HOURS : sinceInteraction + dt;
        sinceLastPlay += dt;
        if (dirtyWaterClockRuns) {
            dirtyWater = dirtyWaterTime <= reached ? DIRTY_WATER_SICK_AFTER_HOURS : dirtyWater + dt;
        }
        if (neglectClockRuns) {
            neglected += dt;
        }
        scared = Math.max(0, scared - dt);
        settle();
        return dt;
    }

    /** On vacation only the owner's absence counts; the octopus itself is frozen. */
    private double stepOnVacation(double limit) {
        double left = Math.max(0, VACATION_MAX_HOURS - vacation);
        if (left <= limit + EPSILON_HOURS) {
            sinceInteraction += left;
            vacation = VACATION_MAX_HOURS;
            settle();
            return left;
        }
        sinceInteraction += limit;
        vacation += limit;
        return limit;
    }

    /** An egg only ages: its needs, trust and ink stay as laid. */
    private double stepAsEgg(double limit) {
        double toHatch = hatchAt - activeAge;
        double dt = toHatch <= limit + EPSILON_HOURS ? toHatch : limit;
        activeAge = dt == toHatch ? hatchAt : activeAge + dt;
        sinceInteraction += dt;
        sinceLastPlay += dt;
        settle();
        return dt;
    }

    /**
     * The next level above 15 that a falling need can cross, or 0 when none is left (0 stops
     * satiety and cleanliness without changing anything else).
     */
    private static double levelBelow(double value, boolean watch40, boolean watch30, boolean dirtyWaterLevel) {
        if (watch40 && value > WELL_LEVEL) {
            return WELL_LEVEL;
        }
        if (watch30 && value > ATTENTION_LEVEL) {
            return ATTENTION_LEVEL;
        }
        if (dirtyWaterLevel && value > DIRTY_WATER_LEVEL) {
            return DIRTY_WATER_LEVEL;
        }
        return value > LOW_LEVEL ? LOW_LEVEL : 0;
    }

    /** The next level rising energy can cross (100 wakes it). */
    private static double levelAbove(double value, boolean watch40, boolean watch30) {
        if (value < LOW_LEVEL) {
            return LOW_LEVEL;
        }
        if (watch30 && value < ATTENTION_LEVEL) {
            return ATTENTION_LEVEL;
        }
        return watch40 && value < WELL_LEVEL ? WELL_LEVEL : MAX;
    }

    /** Marks an applied action: the owner was here. */
    void interacted() {
        sinceInteraction = 0;
    }

    /** The care tallies count only for a juvenile. */
    boolean isJuvenile() {
        return stage() == Stage.JUVENILE;
    }

    /** A snapshot of this copy at {@code at}, sharing every part of the origin that is unchanged. */
    OctopusState toState(Instant at) {
        JuvenileCare care =
                neglected == juvenileCare.neglectedHours() ? juvenileCare : juvenileCare.withNeglectedHours(neglected);
        return new OctopusState(
                origin.petId(),
                species,
                status,
                personality,
                needs(),
                clamp(trust),
                clamp(ink),
                asleep,
                sick,
                healthAlarmArmed,
                tricks,
                timers(),
                recentCare,
                care,
                at);
    }

    private Needs needs() {
        Needs n = origin.needs();
        if (satiety == n.satiety()
                && joy == n.joy()
                && energy == n.energy()
                && cleanliness == n.cleanliness()
                && health == n.health()) {
            return n;
        }
        return new Needs(clamp(satiety), clamp(joy), clamp(energy), clamp(cleanliness), clamp(health));
    }

    private Timers timers() {
        Timers t = origin.timers();
        if (activeAge == t.activeAgeHours()
                && sinceInteraction == t.hoursSinceInteraction()
                && sinceLastPlay == t.hoursSinceLastPlay()
                && dirtyWater == t.dirtyWaterHours()
                && scared == t.scaredHours()
                && vacation == t.vacationHours()) {
            return t;
        }
        return new Timers(activeAge, sinceInteraction, sinceLastPlay, dirtyWater, scared, vacation);
    }

    /** Keeps rounding errors from leaving [0, 100]. */
    static double clamp(double value) {
        return Math.max(0, Math.min(MAX, value));
    }
}
