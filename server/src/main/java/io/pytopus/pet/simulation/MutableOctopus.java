package io.pytopus.pet.simulation;

/**
 * A mutable working copy of an {@link OctopusState} in primitive fields. Time is stepped here from
 * breakpoint to breakpoint, and actions change it, without allocating anything per step; {@link
 * #toState} turns it back into a snapshot, reusing the parts that did not change.
 *
 * <p>Between two breakpoints every rate is constant. A breakpoint is any instant where a rate or a
 * discrete state may change: a need crossing 15 or 40 (health rules), 30 (sickness, the grumpy
 * tally, attention) or 20 (the dirty-water timer), energy reaching 0 or 100, health reaching 0,
 * ink refilling to 100, the away grace starting, the dirty-water timer reaching 2 hours, a stage
 * boundary, the end of a vacation.
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
     * error of hour counts (about 1e-13 for a month) and below a nanosecond of real time at any time
     * scale from 0.3 on.
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

    /** A guard against a bug turning into an endless loop; real advances take a few dozen steps. */
    private static final int MAX_STEPS = 1_000_000;

    private static final double INF = Double.POSITIVE_INFINITY;

    private final OctopusState origin;
    final Species species;
    private final double hatchAt;
    private final double adultAt;

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
    Food lastFood;
    int sameFoodInARow;
    Toy lastToy;
    int feeds;
    int plays;
    int cleans;
    int strokes;
    int trainings;
    int foodsTasted;
    double neglected;

    /** When set, needs crossing 30 are breakpoints even outside the juvenile stage. */
    private boolean watchAttention;

    // The rates of the current segment, per simulated hour.
    private double satietyRate;
    private double joyRate;
    private double energyRate;
    private double cleanlinessRate;
    private double healthRate;
    private double inkRate;
    private boolean dirtyWaterClockRuns;
    private boolean neglectClockRuns;

    MutableOctopus(OctopusState state) {
        this.origin = state;
        this.species = state.species();
        this.hatchAt = species.stageEndHours(Stage.EGG);
        this.adultAt = species.stageEndHours(Stage.JUVENILE);
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
        RecentCare recent = state.recentCare();
        lastFood = recent.lastFood();
        sameFoodInARow = recent.sameFoodInARow();
        lastToy = recent.lastToy();
        JuvenileCare care = state.juvenileCare();
        feeds = care.feeds();
        plays = care.plays();
        cleans = care.cleans();
        strokes = care.strokes();
        trainings = care.trainings();
        foodsTasted = care.foodsTasted();
        neglected = care.neglectedHours();
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
        if (!sick && (dirtyWater >= DIRTY_WATER_SICK_AFTER_HOURS || (healthAlarmArmed && health < SICK_BELOW_HEALTH))) {
            sick = true;
        }
        if (personality == Personality.UNFORMED && activeAge >= adultAt) {
            personality = new JuvenileCare(feeds, plays, cleans, strokes, trainings, foodsTasted, neglected)
                    .personality(trust);
        }
    }

    /**
     * Moves to the next breakpoint, or by {@code limit} if that comes first, and returns the simulated
     * hours taken (possibly up to {@link #EPSILON_HOURS} more than {@code limit}).
     */
    private double step(double limit) {
        if (status == Status.ON_VACATION) {
            return stepOnVacation(limit);
        }
        Stage stage = species.stageAt(activeAge);
        double stageEnd = species.stageEndHours(stage);
        double toNextStage = stageEnd - activeAge;
        if (stage == Stage.EGG) {
            return stepAsEgg(limit, stageEnd, toNextStage);
        }
        computeRates(stage);
        boolean watch30 = watchAttention || stage == Stage.JUVENILE;

        double satietyTarget = 0;
        double satietyTime = INF;
        if (satietyRate < 0) {
            satietyTarget = levelBelow(satiety, watch30, false);
            satietyTime = (satiety - satietyTarget) / -satietyRate;
        }
        double joyTarget = 0;
        double joyTime = INF;
        if (joyRate < 0) {
            joyTarget = watch30 && joy > ATTENTION_LEVEL ? ATTENTION_LEVEL : 0;
            joyTime = (joy - joyTarget) / -joyRate;
        }
        double energyTarget = 0;
        double energyTime = INF;
        if (energyRate < 0) {
            energyTarget = levelBelow(energy, watch30, false);
            energyTime = (energy - energyTarget) / -energyRate;
        } else if (energyRate > 0) {
            energyTarget = levelAbove(energy, watch30);
            energyTime = (energyTarget - energy) / energyRate;
        }
        double cleanlinessTarget = 0;
        double cleanlinessTime = INF;
        if (cleanlinessRate < 0) {
            cleanlinessTarget = levelBelow(cleanliness, watch30, true);
            cleanlinessTime = (cleanliness - cleanlinessTarget) / -cleanlinessRate;
        }
        double healthTarget = 0;
        double healthTime = INF;
        if (healthRate < 0) {
            healthTarget = health > SICK_BELOW_HEALTH ? SICK_BELOW_HEALTH : 0;
            healthTime = (health - healthTarget) / -healthRate;
        } else if (healthRate > 0) {
            healthTarget = health < SICK_BELOW_HEALTH ? SICK_BELOW_HEALTH : MAX;
            healthTime = (healthTarget - health) / healthRate;
        }
        double inkTime = inkRate > 0 ? (MAX - ink) / inkRate : INF;
        double graceTime = sinceInteraction < GRACE_AFTER_HOURS ? GRACE_AFTER_HOURS - sinceInteraction : INF;
        double dirtyWaterTime = dirtyWaterClockRuns ? DIRTY_WATER_SICK_AFTER_HOURS - dirtyWater : INF;

        double next = Math.min(
                Math.min(Math.min(toNextStage, satietyTime), Math.min(joyTime, energyTime)),
                Math.min(
                        Math.min(cleanlinessTime, healthTime), Math.min(inkTime, Math.min(graceTime, dirtyWaterTime))));
        double dt = next <= limit + EPSILON_HOURS ? next : limit;
        if (dt == INF) {
            return INF;
        }
        double reached = dt + EPSILON_HOURS;

        satiety = satietyTime <= reached ? satietyTarget : satiety + satietyRate * dt;
        joy = joyTime <= reached ? joyTarget : joy + joyRate * dt;
        energy = energyTime <= reached ? energyTarget : energy + energyRate * dt;
        cleanliness = cleanlinessTime <= reached ? cleanlinessTarget : cleanliness + cleanlinessRate * dt;
        health = healthTime <= reached ? healthTarget : health + healthRate * dt;
        ink = inkTime <= reached ? MAX : ink + inkRate * dt;
        activeAge = toNextStage <= reached ? stageEnd : activeAge + dt;
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
    private double stepAsEgg(double limit, double hatchAge, double toHatch) {
        double dt = toHatch <= limit + EPSILON_HOURS ? toHatch : limit;
        activeAge = dt == toHatch ? hatchAge : activeAge + dt;
        sinceInteraction += dt;
        sinceLastPlay += dt;
        settle();
        return dt;
    }

    private void computeRates(Stage stage) {
        // The away grace slows decay only: recovery (sleep, ink, healing) keeps its pace.
        double decay = sinceInteraction >= GRACE_AFTER_HOURS ? GRACE_DECAY_FACTOR : 1.0;
        if (asleep) {
            satietyRate = -2 * decay;
            energyRate = energy >= MAX ? 0 : 20;
            cleanlinessRate = -1 * decay;
        } else {
            satietyRate = -6 * decay;
            energyRate = energy <= 0 ? 0 : -5 * species.energyDecayFactor() * decay;
            cleanlinessRate = -2 * decay;
        }
        if (satiety <= 0) {
            satietyRate = 0;
        }
        if (cleanliness <= 0) {
            cleanlinessRate = 0;
        }
        inkRate = ink < MAX ? 10 : 0;

        int low = (below(satiety, LOW_LEVEL, satietyRate) ? 1 : 0)
                + (below(energy, LOW_LEVEL, energyRate) ? 1 : 0)
                + (below(cleanliness, LOW_LEVEL, cleanlinessRate) ? 1 : 0);
        boolean thriving = !below(satiety, WELL_LEVEL, satietyRate)
                && !below(energy, WELL_LEVEL, energyRate)
                && !below(cleanliness, WELL_LEVEL, cleanlinessRate);
        double healthRateIfWell = low > 0 ? -3 * low : thriving ? 2 : 0;
        // Health sitting exactly on 30 and about to fall is sick now, not one rounding error later.
        if (!sick
                && (dirtyWater >= DIRTY_WATER_SICK_AFTER_HOURS
                        || (healthAlarmArmed && below(health, SICK_BELOW_HEALTH, healthRateIfWell)))) {
            sick = true;
        }
        joyRate = asleep || joy <= 0 ? 0 : (sick ? -8 : -4) * decay;
        healthRate = sick ? -3 * low - 2 : healthRateIfWell;
        if (healthRate < 0) {
            healthRate *= decay;
        } else if (health >= MAX) {
            healthRate = 0;
        }
        dirtyWaterClockRuns = !sick && below(cleanliness, DIRTY_WATER_LEVEL, cleanlinessRate);
        neglectClockRuns = stage == Stage.JUVENILE
                && (below(satiety, ATTENTION_LEVEL, satietyRate)
                        || below(joy, ATTENTION_LEVEL, joyRate)
                        || below(energy, ATTENTION_LEVEL, energyRate)
                        || below(cleanliness, ATTENTION_LEVEL, cleanlinessRate)
                        || below(health, ATTENTION_LEVEL, healthRate));
    }

    /** Whether a value is below a level for the coming segment: under it, or on it and falling. */
    private static boolean below(double value, double level, double rate) {
        return value < level || (value == level && rate < 0);
    }

    /** The next level a falling need can cross (0 stops it). */
    private static double levelBelow(double value, boolean watch30, boolean dirtyWaterLevel) {
        if (value > WELL_LEVEL) {
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
    private static double levelAbove(double value, boolean watch30) {
        if (value < LOW_LEVEL) {
            return LOW_LEVEL;
        }
        if (watch30 && value < ATTENTION_LEVEL) {
            return ATTENTION_LEVEL;
        }
        return value < WELL_LEVEL ? WELL_LEVEL : MAX;
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
    OctopusState toState(java.time.Instant at) {
        OctopusState o = origin;
        Needs n = o.needs();
        Needs needs = satiety == n.satiety()
                        && joy == n.joy()
                        && energy == n.energy()
                        && cleanliness == n.cleanliness()
                        && health == n.health()
                ? n
                : new Needs(clamp(satiety), clamp(joy), clamp(energy), clamp(cleanliness), clamp(health));
        Timers t = o.timers();
        Timers timers = activeAge == t.activeAgeHours()
                        && sinceInteraction == t.hoursSinceInteraction()
                        && sinceLastPlay == t.hoursSinceLastPlay()
                        && dirtyWater == t.dirtyWaterHours()
                        && scared == t.scaredHours()
                        && vacation == t.vacationHours()
                ? t
                : new Timers(activeAge, sinceInteraction, sinceLastPlay, dirtyWater, scared, vacation);
        RecentCare r = o.recentCare();
        RecentCare recent = lastFood == r.lastFood() && sameFoodInARow == r.sameFoodInARow() && lastToy == r.lastToy()
                ? r
                : new RecentCare(lastFood, sameFoodInARow, lastToy);
        JuvenileCare c = o.juvenileCare();
        JuvenileCare care = feeds == c.feeds()
                        && plays == c.plays()
                        && cleans == c.cleans()
                        && strokes == c.strokes()
                        && trainings == c.trainings()
                        && foodsTasted == c.foodsTasted()
                        && neglected == c.neglectedHours()
                ? c
                : new JuvenileCare(feeds, plays, cleans, strokes, trainings, foodsTasted, neglected);
        return new OctopusState(
                o.petId(),
                species,
                status,
                personality,
                needs,
                clamp(trust),
                clamp(ink),
                asleep,
                sick,
                healthAlarmArmed,
                tricks,
                timers,
                recent,
                care,
                at);
    }

    /** Keeps rounding errors from leaving [0, 100]. */
    static double clamp(double value) {
        return Math.max(0, Math.min(MAX, value));
    }
}
