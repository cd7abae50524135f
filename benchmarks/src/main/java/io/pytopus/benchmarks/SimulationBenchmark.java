package io.pytopus.benchmarks;

import io.pytopus.pet.simulation.Action;
import io.pytopus.pet.simulation.ActionOutcome;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.JuvenileCare;
import io.pytopus.pet.simulation.Needs;
import io.pytopus.pet.simulation.OctopusState;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.RecentCare;
import io.pytopus.pet.simulation.Simulation;
import io.pytopus.pet.simulation.SimulationSettings;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Status;
import io.pytopus.pet.simulation.Timers;
import io.pytopus.pet.simulation.Toy;
import io.pytopus.pet.simulation.Trick;
import io.pytopus.pet.simulation.Tricks;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the simulation (DESIGN §5: advancing a pet by an arbitrary interval at least 5
 * million times per second per core).
 *
 * <p>Each call takes the next of 4096 pre-built random cases, so neither the JIT nor the branch
 * predictor sees one pet over and over: random species, status (mostly active, some on vacation),
 * needs, trust, ink, sleep, sickness, age from egg to elder, grace and sickness clocks; the interval
 * is log-uniform from one second to 30 days, so short reads and long absences (which cross many
 * breakpoints, or end in an escape) both count.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SimulationBenchmark {

    private static final int CASES = 4096;
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final long SECOND = 1_000_000_000L;
    private static final long MONTH = 30L * 24 * 3600 * SECOND;

    private final Simulation simulation = new Simulation(SimulationSettings.realTime());
    private final OctopusState[] states = new OctopusState[CASES];
    private final Instant[] targets = new Instant[CASES];
    private final Instant[] shortTargets = new Instant[CASES];
    private final Action[] actions = new Action[CASES];
    private int next;

    @Setup
    public void createCases() {
        SplittableRandom random = new SplittableRandom(20260301);
        for (int i = 0; i < CASES; i++) {
            states[i] = randomState(random);
            double logNanos = Math.log(SECOND) + random.nextDouble() * (Math.log(MONTH) - Math.log(SECOND));
            targets[i] = T0.plusNanos((long) Math.exp(logNanos));
            shortTargets[i] = T0.plusNanos(random.nextLong(10 * 60 * SECOND));
            actions[i] = randomAction(random);
        }
    }

    /**
     * The rate per busy core, for a shared machine where the benchmark thread gets less than a core.
     * Reported as "onOneCore" (ops/s): the operations of the iteration scaled by its wall time over
     * the thread's CPU time, which JMH then divides by the wall time.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PerCore {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public double onOneCore;
        long operations;
        private long cpuStart;
        private long wallStart;

        @Setup(Level.Iteration)
        public void start() {
            onOneCore = 0;
            operations = 0;
            cpuStart = THREADS.getCurrentThreadCpuTime();
            wallStart = System.nanoTime();
        }

        @TearDown(Level.Iteration)
        public void stop() {
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            onOneCore = operations * (double) wall / cpu;
        }
    }

    /** Advance a random pet by a random interval from a second to a month. */
    @Benchmark
    public OctopusState advance(PerCore perCore) {
        perCore.operations++;
        int i = next++ & (CASES - 1);
        return simulation.advance(states[i], targets[i]);
    }

    /** Advance a random pet by up to ten minutes: the typical read of a pet someone looks after. */
    @Benchmark
    public OctopusState advanceMinutes(PerCore perCore) {
        perCore.operations++;
        int i = next++ & (CASES - 1);
        return simulation.advance(states[i], shortTargets[i]);
    }

    /** A full care action: advance to now (up to a month), check refusals, apply, derive happenings. */
    @Benchmark
    public ActionOutcome action(PerCore perCore) {
        perCore.operations++;
        int i = next++ & (CASES - 1);
        return simulation.apply(states[i], actions[i], targets[i], i);
    }

    private static OctopusState randomState(SplittableRandom random) {
        Species species = Species.values()[random.nextInt(Species.values().length)];
        boolean vacation = random.nextInt(10) == 0;
        boolean sick = !vacation && random.nextInt(10) == 0;
        double health = vacation ? 30 + random.nextDouble() * 70 : 1 + random.nextDouble() * 99;
        double age = random.nextDouble() * 1000;
        return new OctopusState(
                new UUID(random.nextLong(), random.nextLong()),
                species,
                vacation ? Status.ON_VACATION : Status.ACTIVE,
                age >= species.stageEndHours(io.pytopus.pet.simulation.Stage.JUVENILE)
                        ? Personality.values()[1 + random.nextInt(Personality.values().length - 1)]
                        : Personality.UNFORMED,
                new Needs(need(random), need(random), need(random), need(random), health),
                need(random),
                need(random),
                random.nextInt(10) < 3,
                sick,
                true,
                new Tricks(random.nextInt(32), 0),
                new Timers(
                        age,
                        random.nextDouble() * 24,
                        random.nextDouble() * 3,
                        random.nextDouble() * 2,
                        0,
                        vacation ? random.nextDouble() * 336 : 0),
                new RecentCare(Food.values()[random.nextInt(3)], 1 + random.nextInt(3), Toy.BALL),
                new JuvenileCare(
                        random.nextInt(10),
                        random.nextInt(10),
                        random.nextInt(10),
                        random.nextInt(10),
                        random.nextInt(10),
                        random.nextInt(8),
                        random.nextDouble() * 8),
                T0);
    }

    private static double need(SplittableRandom random) {
        return random.nextDouble() * 100;
    }

    private static Action randomAction(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> new Action.Feed(Food.values()[random.nextInt(3)]);
            case 1 -> new Action.Play(Toy.values()[random.nextInt(Toy.values().length)]);
            case 2 -> new Action.Clean();
            case 3 -> new Action.Sleep();
            case 4 -> new Action.Wake();
            case 5 -> new Action.Stroke();
            case 6 -> new Action.Train(Trick.values()[random.nextInt(Trick.values().length)]);
            default -> new Action.Heal();
        };
    }
}
