package io.pytopus.pet.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.data.Offset;

/** The invariants of the simulation, over arbitrary states, intervals, time scales and histories. */
class SimulationPropertiesTest {

    private static final Offset<Double> TOLERANCE = within(1e-9);
    private static final Instant T0 = Octopi.T0;
    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

    record Step(Action action, Duration delay) {}

    @Property(tries = 1000)
    void advancingByAThenBEqualsAdvancingByAPlusB(
            @ForAll("states") OctopusState state,
            @ForAll("intervals") Duration a,
            @ForAll("intervals") Duration b,
            @ForAll("simulations") Simulation simulation) {
        Instant mid = state.updatedAt().plus(a);
        Instant end = mid.plus(b);

        OctopusState inTwoSteps = simulation.advance(simulation.advance(state, mid), end);
        OctopusState inOneStep = simulation.advance(state, end);

        assertSameState(inTwoSteps, inOneStep);
        collectWhatHappened(state, inOneStep);
        Statistics.label("status").collect(state.status());
    }

    @Property(tries = 1000)
    void everyNeedTrustAndInkStayBetween0And100(
            @ForAll("states") OctopusState state, @ForAll("histories") List<Step> history) {
        Simulation simulation = Octopi.REAL_TIME;
        OctopusState pet = state;
        Instant now = pet.updatedAt();
        long sequenceNumber = 0;
        for (Step step : history) {
            now = now.plus(step.delay());
            assertInRange(simulation.advance(pet, now));
            if (simulation.apply(pet, step.action(), now, sequenceNumber++)
                    instanceof ActionOutcome.Applied(OctopusState next, List<Happening> happenings)) {
                pet = next;
                assertInRange(pet);
            }
        }
    }

    @Property(tries = 1000)
    void activeAgeNeverDecreasesAndIsFrozenOnVacation(
            @ForAll("states") OctopusState state,
            @ForAll("intervals") Duration interval,
            @ForAll("simulations") Simulation simulation) {
        OctopusState later = simulation.advance(state, state.updatedAt().plus(interval));

        double before = state.timers().activeAgeHours();
        double after = later.timers().activeAgeHours();
        assertThat(after).isGreaterThanOrEqualTo(before);
        if (state.status() == Status.ON_VACATION) {
            double vacationLeft =
                    MutableOctopus.VACATION_MAX_HOURS - state.timers().vacationHours();
            double lived = Math.max(0, simulatedHours(simulation, interval) - vacationLeft);
            assertThat(after - before).isLessThanOrEqualTo(lived + 1e-9);
            if (later.status() == Status.ON_VACATION) {
                assertThat(after).isEqualTo(before);
            }
        }
        if (!state.status().present()) {
            assertThat(after).isEqualTo(before);
        }
    }

    @Property(tries = 1000)
    void aSleepingOctopusWakesExactlyWhenItsEnergyReaches100(
            @ForAll("states") OctopusState anyState,
            @ForAll("simulations") Simulation simulation,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double fraction) {
        OctopusState state = asleepAndHatched(anyState);
        // Asleep, energy rises 20 per hour whatever the species, grace or sickness.
        double hoursToFull = (100 - state.needs().energy()) / 20;
        long nanosToFull = (long) Math.ceil(hoursToFull * NANOS_PER_HOUR / simulation.timeScale());
        Assume.that(nanosToFull > 1_000);
        Instant wakeAt = state.updatedAt().plusNanos(nanosToFull);

        OctopusState before =
                simulation.advance(state, state.updatedAt().plusNanos((long) (fraction * (nanosToFull - 1_000))));
        OctopusState justBefore = simulation.advance(state, wakeAt.minusNanos(1_000));
        OctopusState at = simulation.advance(state, wakeAt);

        Assume.that(at.status() == Status.ACTIVE); // it did not escape in its sleep
        assertThat(before.asleep()).isTrue();
        assertThat(justBefore.asleep()).isTrue();
        assertThat(justBefore.needs().energy()).isLessThan(100);
        assertThat(at.asleep()).isFalse();
        // The wake instant is rounded up to the nanosecond, in which an awake octopus loses a little.
        double oneNanosecond = simulatedHours(simulation, Duration.ofNanos(1));
        assertThat(at.needs().energy()).isCloseTo(100, within(1e-9 + 5 * oneNanosecond));
    }

    @Property(tries = 1000)
    void replayingTheSameHistoryGivesTheSameOutcomes(
            @ForAll("states") OctopusState state,
            @ForAll("histories") List<Step> history,
            @ForAll("simulations") Simulation simulation) {
        assertThat(replay(simulation, state, history)).isEqualTo(replay(simulation, state, history));
    }

    @Property(tries = 1000)
    void nextAttentionAtIsTheFirstInstantANeedIsAt30OrTheOctopusIsSick(
            @ForAll("states") OctopusState anyState,
            @ForAll("simulations") Simulation simulation,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double fraction) {
        OctopusState state = present(anyState);

        Optional<Instant> next = simulation.nextAttentionAt(state);

        if (state.needs().health() == 0) {
            // Health 0 is an escape: a pet that is gone needs nobody.
            assertThat(next).isEmpty();
            return;
        }
        assertThat(next).isPresent();
        Instant due = next.orElseThrow();
        long nanos = Duration.between(state.updatedAt(), due).toNanos();
        assertThat(nanos).isNotNegative();
        assertThat(needsAttention(simulation.advance(state, due), 1e-9))
                .as("needs attention at %s", due)
                .isTrue();
        if (nanos > 1_000) {
            Instant justBefore = due.minusNanos(1_000);
            Instant earlier = state.updatedAt().plusNanos((long) (fraction * (nanos - 1_000)));
            assertThat(needsAttention(simulation.advance(state, justBefore), 0)).isFalse();
            assertThat(needsAttention(simulation.advance(state, earlier), 0)).isFalse();
        }
        Statistics.label("attention").collect(nanos == 0 ? "now" : "later");
    }

    @Property(tries = 1000)
    void advanceAgreesWithANaiveSimulationInSmallSteps(
            @ForAll("states") OctopusState state, @ForAll @DoubleRange(min = 0, max = 72) double hours) {
        OctopusState exact = Octopi.after(state, hours);
        double[] naive = naiveNeeds(state, hours, 5e-4);
        double[] coarser = naiveNeeds(state, hours, 1e-3);
        // Where two changes nearly coincide, a step's delay can swap them and with them a lasting
        // outcome (sick or not). Compare only where halving the step changes nothing of note.
        for (int i = 0; i < naive.length; i++) {
            Assume.that(Math.abs(naive[i] - coarser[i]) < 0.05);
        }

        // Small steps see each change up to a step late, so they drift by a few rates times a step.
        Offset<Double> drift = within(0.3);
        assertThat(exact.needs().satiety()).isCloseTo(naive[0], drift);
        assertThat(exact.needs().joy()).isCloseTo(naive[1], drift);
        assertThat(exact.needs().energy()).isCloseTo(naive[2], drift);
        assertThat(exact.needs().cleanliness()).isCloseTo(naive[3], drift);
        assertThat(exact.needs().health()).isCloseTo(naive[4], drift);
        assertThat(exact.ink()).isCloseTo(naive[5], drift);
        // Age stops at an escape, whose instant shifts by the health drift over the health rate.
        assertThat(exact.timers().activeAgeHours()).isCloseTo(naive[6], within(0.05));
    }

    /**
     * DESIGN §2's continuous change written the obvious way, independently of the model: rates taken
     * at the start of each small step. An oracle for the breakpoint stepping, which must agree with it
     * up to the steps' drift.
     */
    private static double[] naiveNeeds(OctopusState s, double hours, double dt) {
        Needs n = s.needs();
        double satiety = n.satiety(), joy = n.joy(), energy = n.energy(), cleanliness = n.cleanliness();
        double health = n.health(), ink = s.ink();
        boolean asleep = s.asleep(), sick = s.sick(), armed = s.healthAlarmArmed();
        Timers t = s.timers();
        double age = t.activeAgeHours(), away = t.hoursSinceInteraction(), dirty = t.dirtyWaterHours();
        double vacation = t.vacationHours();
        Status status = s.status();
        double hatchAt = s.species().stageEndHours(Stage.EGG);
        for (double done = 0; done < hours && status.present(); ) {
            double h = Math.min(dt, hours - done);
            done += h;
            away += h;
            if (status == Status.ON_VACATION) {
                vacation += h;
                if (vacation >= 14 * 24) {
                    status = Status.ACTIVE;
                }
                continue;
            }
            if (age < hatchAt) {
                age += h;
                continue;
            }
            // The rules of the instant, then the rates until the next small step.
            // (Water on 20 and getting dirtier is already dirty water, as in the model.)
            dirty = cleanliness <= 20 ? dirty : 0;
            if (health <= 0) {
                status = Status.ESCAPED;
                break;
            }
            if (!asleep && energy <= 0) {
                asleep = true;
            } else if (asleep && energy >= 100) {
                asleep = false;
            }
            armed |= health >= 30;
            if (!sick && (dirty >= 2 || (armed && health < 30))) {
                sick = true;
            }
            double decay = away - h >= 12 ? 1.0 / 3 : 1;
            int low = (satiety < 15 ? 1 : 0) + (energy < 15 ? 1 : 0) + (cleanliness < 15 ? 1 : 0);
            double healthRate = -3 * low - (sick ? 2 : 0);
            if (!sick && satiety >= 40 && energy >= 40 && cleanliness >= 40) {
                healthRate += 2;
            }
            healthRate *= healthRate < 0 ? decay : 1;
            double energyFactor = s.species() == Species.DUMBO ? 0.8 : 1;
            satiety += (asleep ? -2 : -6) * decay * h;
            joy += (asleep ? 0 : sick ? -8 : -4) * decay * h;
            energy += asleep ? 20 * h : -5 * energyFactor * decay * h;
            cleanliness += (asleep ? -1 : -2) * decay * h;
            health += healthRate * h;
            ink += 10 * h;
            satiety = clamp(satiety);
            joy = clamp(joy);
            energy = clamp(energy);
            cleanliness = clamp(cleanliness);
            health = clamp(health);
            ink = clamp(ink);
            age += h;
            dirty = cleanliness <= 20 ? dirty + h : 0;
        }
        return new double[] {satiety, joy, energy, cleanliness, health, ink, age};
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }

    // What the properties check

    private static void assertSameState(OctopusState actual, OctopusState expected) {
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.stage()).isEqualTo(expected.stage());
        assertThat(actual.personality()).isEqualTo(expected.personality());
        assertThat(actual.asleep()).isEqualTo(expected.asleep());
        assertThat(actual.sick()).isEqualTo(expected.sick());
        assertThat(actual.healthAlarmArmed()).isEqualTo(expected.healthAlarmArmed());
        assertThat(actual.tricks()).isEqualTo(expected.tricks());
        assertThat(actual.recentCare()).isEqualTo(expected.recentCare());
        assertThat(actual.updatedAt()).isEqualTo(expected.updatedAt());
        Needs a = actual.needs();
        Needs e = expected.needs();
        assertThat(a.satiety()).isCloseTo(e.satiety(), TOLERANCE);
        assertThat(a.joy()).isCloseTo(e.joy(), TOLERANCE);
        assertThat(a.energy()).isCloseTo(e.energy(), TOLERANCE);
        assertThat(a.cleanliness()).isCloseTo(e.cleanliness(), TOLERANCE);
        assertThat(a.health()).isCloseTo(e.health(), TOLERANCE);
        assertThat(actual.trust()).isCloseTo(expected.trust(), TOLERANCE);
        assertThat(actual.ink()).isCloseTo(expected.ink(), TOLERANCE);
        Timers at = actual.timers();
        Timers et = expected.timers();
        assertThat(at.activeAgeHours()).isCloseTo(et.activeAgeHours(), TOLERANCE);
        assertThat(at.hoursSinceInteraction()).isCloseTo(et.hoursSinceInteraction(), TOLERANCE);
        assertThat(at.hoursSinceLastPlay()).isCloseTo(et.hoursSinceLastPlay(), TOLERANCE);
        assertThat(at.dirtyWaterHours()).isCloseTo(et.dirtyWaterHours(), TOLERANCE);
        assertThat(at.scaredHours()).isCloseTo(et.scaredHours(), TOLERANCE);
        assertThat(at.vacationHours()).isCloseTo(et.vacationHours(), TOLERANCE);
        JuvenileCare ac = actual.juvenileCare();
        JuvenileCare ec = expected.juvenileCare();
        assertThat(ac.neglectedHours()).isCloseTo(ec.neglectedHours(), TOLERANCE);
        assertThat(new JuvenileCare(
                        ac.feeds(), ac.plays(), ac.cleans(), ac.strokes(), ac.trainings(), ac.foodsTasted(), 0))
                .isEqualTo(new JuvenileCare(
                        ec.feeds(), ec.plays(), ec.cleans(), ec.strokes(), ec.trainings(), ec.foodsTasted(), 0));
    }

    private static void assertInRange(OctopusState state) {
        Needs n = state.needs();
        for (double value :
                new double[] {n.satiety(), n.joy(), n.energy(), n.cleanliness(), n.health(), state.trust(), state.ink()
                }) {
            assertThat(value).isBetween(0.0, 100.0);
        }
    }

    /**
     * The attention rule as the product states it, on a state advanced to the instant in question;
     * {@code slack} absorbs the rounding of the instant to whole nanoseconds.
     */
    private static boolean needsAttention(OctopusState s, double slack) {
        if (s.status() != Status.ACTIVE || s.stage() == Stage.EGG) {
            return false;
        }
        Needs n = s.needs();
        double level = 30 + slack;
        return s.sick()
                || n.satiety() <= level
                || n.joy() <= level
                || n.cleanliness() <= level
                || n.health() <= level
                || (!s.asleep() && n.energy() <= level);
    }

    private static List<ActionOutcome> replay(Simulation simulation, OctopusState state, List<Step> history) {
        List<ActionOutcome> outcomes = new ArrayList<>();
        OctopusState pet = state;
        Instant now = pet.updatedAt();
        long sequenceNumber = 0;
        for (Step step : history) {
            now = now.plus(step.delay());
            ActionOutcome outcome = simulation.apply(pet, step.action(), now, sequenceNumber++);
            outcomes.add(outcome);
            if (outcome instanceof ActionOutcome.Applied(OctopusState next, List<Happening> happenings)) {
                pet = next;
            }
        }
        return outcomes;
    }

    private static void collectWhatHappened(OctopusState before, OctopusState after) {
        Statistics.label("sleep changed").collect(before.asleep() != after.asleep());
        Statistics.label("grace began")
                .collect(before.timers().hoursSinceInteraction() < 12
                        && after.timers().hoursSinceInteraction() >= 12);
        Statistics.label("fell sick").collect(!before.sick() && after.sick());
        Statistics.label("vacation ended")
                .collect(before.status() == Status.ON_VACATION && after.status() != Status.ON_VACATION);
        Statistics.label("escaped").collect(before.status() == Status.ACTIVE && after.status() == Status.ESCAPED);
        Statistics.label("stage changed").collect(before.stage() != after.stage());
        // The property is only as good as the transitions it crosses: insist on each of them.
        for (String label :
                List.of("sleep changed", "grace began", "fell sick", "vacation ended", "escaped", "stage changed")) {
            Statistics.label(label).coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
        }
    }

    private static double simulatedHours(Simulation simulation, Duration interval) {
        return interval.toNanos() / (double) NANOS_PER_HOUR * simulation.timeScale();
    }

    private static OctopusState asleepAndHatched(OctopusState s) {
        double age = Math.max(s.timers().activeAgeHours(), 1);
        Needs n = s.needs();
        Timers t = s.timers();
        return new OctopusState(
                s.petId(),
                s.species(),
                Status.ACTIVE,
                s.personality(),
                new Needs(n.satiety(), n.joy(), Math.min(n.energy(), 99.9), n.cleanliness(), n.health()),
                s.trust(),
                s.ink(),
                true,
                s.sick(),
                s.healthAlarmArmed(),
                s.tricks(),
                new Timers(
                        age,
                        t.hoursSinceInteraction(),
                        t.hoursSinceLastPlay(),
                        t.dirtyWaterHours(),
                        t.scaredHours(),
                        t.vacationHours()),
                s.recentCare(),
                s.juvenileCare(),
                s.updatedAt());
    }

    private static OctopusState present(OctopusState s) {
        if (s.status().present()) {
            return s;
        }
        return new OctopusState(
                s.petId(),
                s.species(),
                Status.ACTIVE,
                s.personality(),
                s.needs(),
                s.trust(),
                s.ink(),
                s.asleep(),
                s.sick(),
                s.healthAlarmArmed(),
                s.tricks(),
                s.timers(),
                s.recentCare(),
                s.juvenileCare(),
                s.updatedAt());
    }

    // Generators

    @Provide
    Arbitrary<Simulation> simulations() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Octopi.REAL_TIME)),
                Tuple.of(2, Arbitraries.just(new Simulation(new SimulationSettings(60)))),
                Tuple.of(1, Arbitraries.just(new Simulation(new SimulationSettings(0.25)))),
                Tuple.of(1, doubles(0.1, 1000).map(s -> new Simulation(new SimulationSettings(s)))));
    }

    /** From nothing to a month, weighted towards the minutes and hours between two visits. */
    @Provide
    Arbitrary<Duration> intervals() {
        return Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(0L)),
                        Tuple.of(4, nanos(0, NANOS_PER_HOUR)),
                        Tuple.of(4, nanos(0, 2 * 24 * NANOS_PER_HOUR)),
                        Tuple.of(2, nanos(0, 30 * 24 * NANOS_PER_HOUR)))
                .map(Duration::ofNanos);
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Duration> delays = Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just(0L)),
                        Tuple.of(6, nanos(0, NANOS_PER_HOUR)),
                        Tuple.of(2, nanos(0, 24 * NANOS_PER_HOUR)))
                .map(Duration::ofNanos);
        return Combinators.combine(actions(), delays).as(Step::new).list().ofMaxSize(25);
    }

    private static Arbitrary<Action> actions() {
        return Arbitraries.oneOf(
                Arbitraries.of(Food.class).map(Action.Feed::new),
                Arbitraries.of(Toy.class).map(Action.Play::new),
                Arbitraries.of(Trick.class).map(Action.Train::new),
                Arbitraries.of(
                        new Action.Clean(),
                        new Action.Sleep(),
                        new Action.Wake(),
                        new Action.Stroke(),
                        new Action.Heal(),
                        new Action.StartVacation(),
                        new Action.EndVacation(),
                        new Action.Release()));
    }

    @Provide
    Arbitrary<OctopusState> states() {
        Arbitrary<UUID> petIds = Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
        Arbitrary<Status> statuses = Arbitraries.frequency(
                Tuple.of(12, Status.ACTIVE), Tuple.of(6, Status.ON_VACATION), Tuple.of(1, Status.ESCAPED));
        Arbitrary<Needs> needs =
                Combinators.combine(level(), level(), level(), level(), level()).as(Needs::new);
        Arbitrary<Timers> timers = Combinators.combine(
                        Arbitraries.oneOf(
                                doubles(0, 1000),
                                doubles(0, 0.5),
                                Arbitraries.of(0.0, 10.0 / 60, 24.0, 36.0, 95.9, 96.0, 144.0, 719.9)),
                        Arbitraries.oneOf(doubles(0, 30), Arbitraries.of(0.0, 11.9, 12.0)),
                        doubles(0, 5),
                        doubles(0, 3),
                        Arbitraries.oneOf(Arbitraries.just(0.0), doubles(0, 2.0 / 60)),
                        Arbitraries.oneOf(
                                doubles(0, 336), doubles(312, 336), doubles(335, 336), Arbitraries.of(0.0, 335.9)))
                .as(Timers::new);
        Arbitrary<Tricks> tricks = Combinators.combine(
                        Arbitraries.integers().between(0, 31),
                        Arbitraries.integers().between(0, (1 << 15) - 1))
                .as((learned, progress) -> new Tricks(learned, progress & 0b011_011_011_011_011));
        Arbitrary<RecentCare> recentCare = Arbitraries.oneOf(
                Arbitraries.just(RecentCare.NONE),
                Combinators.combine(
                                Arbitraries.of(Food.class),
                                Arbitraries.integers().between(1, 4),
                                Arbitraries.of(Toy.class).injectNull(0.3))
                        .as(RecentCare::new));
        Arbitrary<JuvenileCare> juvenileCare = Combinators.combine(
                        counts(),
                        counts(),
                        counts(),
                        counts(),
                        counts(),
                        Arbitraries.integers().between(0, Food.ALL_BITS),
                        Arbitraries.oneOf(doubles(0, 8), Arbitraries.of(0.0, 6.0)))
                .as(JuvenileCare::new);
        Arbitrary<Flags> flags = Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false)),
                        Arbitraries.frequency(Tuple.of(6, true), Tuple.of(1, false)),
                        Arbitraries.of(Personality.class),
                        doubles(0, 100).edgeCases(e -> e.add(20.0)),
                        level())
                .as(Flags::new);
        return Combinators.combine(
                        petIds,
                        Arbitraries.of(Species.class),
                        statuses,
                        needs,
                        flags,
                        tricks,
                        timers,
                        Combinators.combine(recentCare, juvenileCare).as(Tuple::of))
                .as((petId, species, status, n, f, t, clocks, care) -> new OctopusState(
                        petId,
                        species,
                        status,
                        f.personality(),
                        n,
                        f.trust(),
                        f.ink(),
                        f.asleep(),
                        f.sick(),
                        f.healthAlarmArmed(),
                        t,
                        clocks,
                        care.get1(),
                        care.get2(),
                        T0))
                .map(SimulationPropertiesTest::asLaid)
                .filter(s -> s.status() != Status.ON_VACATION
                        || (!s.sick() && s.needs().health() >= 30));
    }

    /**
     * An egg does not change until it hatches, so whatever its age it is as it was laid. (A pet on
     * vacation is healthy, as a vacation needs: the filter above.)
     */
    private static OctopusState asLaid(OctopusState s) {
        if (s.stage() != Stage.EGG) {
            return s;
        }
        return new OctopusState(
                s.petId(),
                s.species(),
                s.status(),
                Personality.UNFORMED,
                new Needs(Simulation.EGG_SATIETY, Simulation.EGG_JOY, 100, 100, 100),
                Simulation.EGG_TRUST,
                100,
                false,
                false,
                true,
                Tricks.NONE,
                s.timers(),
                RecentCare.NONE,
                JuvenileCare.NONE,
                s.updatedAt());
    }

    record Flags(
            boolean asleep,
            boolean sick,
            boolean healthAlarmArmed,
            Personality personality,
            double trust,
            double ink) {}

    /** A value in [0, 100], often exactly on a level where a rule changes. */
    private static Arbitrary<Double> level() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, doubles(0, 100)),
                Tuple.of(2, Arbitraries.of(0.0, 15.0, 20.0, 30.0, 40.0, 80.0, 95.0, 100.0)));
    }

    private static Arbitrary<Double> doubles(double min, double max) {
        return Arbitraries.doubles()
                .between(0, 1)
                .ofScale(12)
                .withDistribution(RandomDistribution.uniform())
                .map(x -> min + x * (max - min));
    }

    private static Arbitrary<Long> nanos(long min, long max) {
        return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Integer> counts() {
        return Arbitraries.integers().between(0, 10);
    }
}
