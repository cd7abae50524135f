package io.pytopus.pet.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The octopus model of DESIGN §2: hatches eggs, lets time pass, applies actions and derives mood,
 * skin and the next moment the pet will need its owner. Pure and thread-safe; instants are passed
 * in, nothing reads a clock.
 */
public final class Simulation {

    private static final double NANOS_PER_HOUR = 3.6e12;

    static final double EGG_SATIETY = 80;
    static final double EGG_JOY = 80;
    static final double EGG_TRUST = 10;

    private final double timeScale;
    private final double simulatedHoursPerSecond;
    private final double simulatedHoursPerNano;

    public Simulation(SimulationSettings settings) {
        this.timeScale = settings.timeScale();
        this.simulatedHoursPerSecond = timeScale / 3600.0;
        this.simulatedHoursPerNano = timeScale / NANOS_PER_HOUR;
    }

    /** A freshly laid egg of {@code species} for pet {@code petId}, laid at {@code now}. */
    public OctopusState hatchEgg(UUID petId, Species species, Instant now) {
        return new OctopusState(
                petId,
                species,
                Status.ACTIVE,
                Personality.UNFORMED,
                new Needs(EGG_SATIETY, EGG_JOY, MutableOctopus.MAX, MutableOctopus.MAX, MutableOctopus.MAX),
                EGG_TRUST,
                MutableOctopus.MAX,
                false,
                false,
                true,
                Tricks.NONE,
                Timers.ZERO,
                RecentCare.NONE,
                JuvenileCare.NONE,
                now);
    }

    /**
     * The octopus at {@code to}. Exact and path independent: advancing to {@code t1} and then to
     * {@code t2} gives the same state as advancing to {@code t2} at once. An instant before the
     * snapshot is taken as the snapshot's own instant: clock skew between servers never rewinds a
     * pet. The rules that act at an instant (waking at full energy, falling sick, ...) are applied
     * even when no time passes, so a snapshot built by hand comes back consistent.
     */
    public OctopusState advance(OctopusState state, Instant to) {
        double hours = simulatedHoursBetween(state.updatedAt(), to);
        MutableOctopus pet = new MutableOctopus(state);
        if (hours > 0) {
            pet.advance(hours);
            return pet.toState(to);
        }
        pet.settle();
        return pet.toState(state.updatedAt());
    }

    /**
     * Advances the octopus to {@code now}, then applies {@code action}. {@code sequenceNumber} numbers
     * the pet's actions; with the pet id it decides the action's luck (a startle, a training success),
     * so replaying a history gives the same outcomes.
     */
    public ActionOutcome apply(OctopusState state, Action action, Instant now, long sequenceNumber) {
        Objects.requireNonNull(action, "action");
        OctopusState current = advance(state, now);
        MutableOctopus pet = new MutableOctopus(current);
        Refusal refusal = CareActions.refusal(pet, action);
        if (refusal != null) {
            return new ActionOutcome.Refused(refusal);
        }
        List<Happening> happenings = new ArrayList<>(happeningsBetween(state, current));
        CareActions.perform(pet, action, Dice.roll(state.petId(), sequenceNumber), happenings);
        return new ActionOutcome.Applied(pet.toState(current.updatedAt()), happenings);
    }

    /** How the octopus feels at {@code now}. */
    public Mood mood(OctopusState state, Instant now) {
        return advance(state, now).mood();
    }

    /** What its skin shows at {@code now}. */
    public Skin skin(OctopusState state, Instant now) {
        return mood(state, now).skin();
    }

    /**
     * The first instant at or after the snapshot at which the octopus needs its owner: a need at 30 or
     * below (energy only while awake, as sleep already restores it) or a sickness. The snapshot's own
     * instant if that is already so; empty if the octopus is gone. Nothing needs the owner while the
     * pet is an egg or on vacation, so the answer then lies after the hatching or the vacation's end.
     * Rounded up to the nanosecond, so at the returned instant the need has been reached.
     */
    public Optional<Instant> nextAttentionAt(OctopusState state) {
        if (!state.status().present()) {
            return Optional.empty();
        }
        double hours = new MutableOctopus(state).hoursUntilAttention();
        if (hours == Double.POSITIVE_INFINITY) {
            return Optional.empty();
        }
        long nanos = (long) Math.ceil(hours * NANOS_PER_HOUR / timeScale);
        return Optional.of(state.updatedAt().plusNanos(nanos));
    }

    /**
     * What time brought between two snapshots of the same pet, {@code after} being {@code before}
     * advanced: stages reached, the personality, a sickness, a vacation ending by itself, an escape.
     * The API uses it to journal what happened while nobody was looking.
     */
    public static List<Happening> happeningsBetween(OctopusState before, OctopusState after) {
        List<Happening> happenings = new ArrayList<>(2);
        Stage from = before.stage();
        Stage to = after.stage();
        for (int i = from.ordinal() + 1; i <= to.ordinal(); i++) {
            happenings.add(new Happening.StageReached(Stage.values()[i]));
        }
        if (before.personality() == Personality.UNFORMED && after.personality() != Personality.UNFORMED) {
            happenings.add(new Happening.PersonalityFormed(after.personality()));
        }
        if (!before.sick() && after.sick()) {
            happenings.add(new Happening.FellSick());
        }
        if (before.status() == Status.ON_VACATION && after.status() != Status.ON_VACATION) {
            happenings.add(new Happening.VacationEnded(true));
        }
        if (before.status() != Status.ESCAPED && after.status() == Status.ESCAPED) {
            happenings.add(new Happening.Escaped());
        }
        return happenings;
    }

    /** The time scale this simulation runs at. */
    public double timeScale() {
        return timeScale;
    }

    /** Simulated hours from {@code from} to {@code to}; negative if {@code to} is earlier. */
    double simulatedHoursBetween(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        long nanos = to.getNano() - from.getNano();
        return seconds * simulatedHoursPerSecond + nanos * simulatedHoursPerNano;
    }
}
