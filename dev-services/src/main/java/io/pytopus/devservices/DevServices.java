package io.pytopus.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Starts a set of engines in parallel (start-up time matters to every test run) and stops them in
 * reverse order. Both are idempotent. An instance runs its engines once: after {@link #stop()} it
 * cannot start again; create a new one with the same settings to restart on the same data.
 *
 * <pre>{@code
 * try (DevServices services = DevServices.create(DevServicesSettings.ephemeral(), EnumSet.allOf(Engine.class)).start()) {
 *     String jdbcUrl = services.springProperties().get("spring.datasource.url");
 * }
 * }</pre>
 */
public final class DevServices implements AutoCloseable {

    private enum State {
        NEW,
        RUNNING,
        STOPPED
    }

    private final Map<Engine, DevService> services;
    private final DevServicesSettings settings;
    private final Path root;
    private final boolean temporary;
    private final Consumer<String> reporter;
    private State state = State.NEW;
    private @Nullable Thread shutdownHook;

    private DevServices(
            Map<Engine, DevService> services,
            DevServicesSettings settings,
            Path root,
            boolean temporary,
            Consumer<String> reporter) {
        this.services = services;
        this.settings = settings;
        this.root = root;
        this.temporary = temporary;
        this.reporter = reporter;
    }

    /** Engines to start with these settings; reports each start on standard output. */
    public static DevServices create(DevServicesSettings settings, Set<Engine> engines) {
        return create(settings, engines, System.out::println);
    }

    /**
     * Engines to start with these settings.
     *
     * @param reporter receives one line per engine once it is up, such as {@code PostgreSQL is up
     *     at jdbc:postgresql://127.0.0.1:15432/pytopus (1840 ms)}
     */
    public static DevServices create(DevServicesSettings settings, Set<Engine> engines, Consumer<String> reporter) {
        Path dataDir = settings.dataDir();
        Path root;
        try {
            root = dataDir != null
                    ? Files.createDirectories(dataDir.toAbsolutePath())
                    : Files.createTempDirectory("pytopus-dev-services-");
        } catch (IOException e) {
            throw new DevServiceStartException(
                    "Dev services", "cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        Map<Engine, DevService> services = new EnumMap<>(Engine.class);
        for (Engine engine : engines) {
            services.put(engine, engine.create(root.resolve(engine.key()), dataDir != null, settings.port(engine)));
        }
        return new DevServices(services, settings, root, dataDir == null, reporter);
    }

    /**
     * Starts every engine, in parallel, and returns once all serve requests. If one fails, the
     * others are stopped again and its {@link DevServiceStartException} is thrown (the failures of
     * others, if any, are attached as suppressed).
     */
    public synchronized DevServices start() {
        switch (state) {
            case RUNNING -> {
                return this;
            }
            case STOPPED -> throw new IllegalStateException("These dev services were stopped; create new ones");
            case NEW -> {}
        }
        state = State.RUNNING;
        try {
            services.values().stream()
                    .filter(ReclaimsLeftovers.class::isInstance)
                    .map(ReclaimsLeftovers.class::cast)
                    .forEach(ReclaimsLeftovers::stopLeftover);
            checkFixedPortsFree();
        } catch (DevServiceStartException e) {
            stop();
            throw e;
        }
        List<DevServiceStartException> failures = startAll();
        if (!failures.isEmpty()) {
            stop();
            DevServiceStartException first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        return this;
    }

    /** All fixed ports before any engine: a taken port fails fast and starts nothing. */
    private void checkFixedPortsFree() {
        services.keySet().stream()
                .filter(engine -> settings.port(engine) != 0)
                .forEach(engine -> LocalPorts.requireFree(engine.displayName(), settings.port(engine)));
    }

    private List<DevServiceStartException> startAll() {
        Map<Engine, Future<?>> starts = new EnumMap<>(Engine.class);
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("dev-services-start-", 0).factory())) {
            services.forEach((engine, service) -> starts.put(engine, executor.submit(() -> startTimed(service))));
        }
        List<DevServiceStartException> failures = new ArrayList<>();
        starts.forEach((engine, start) -> {
            try {
                start.get();
            } catch (ExecutionException e) {
                failures.add(asStartFailure(engine, e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new DevServiceStartException(engine.displayName(), "interrupted", e));
            }
        });
        return failures;
    }

    private void startTimed(DevService service) {
        long started = System.nanoTime();
        service.start();
        long millis = (System.nanoTime() - started) / 1_000_000;
        reporter.accept(service.name() + " is up at " + service.address() + " (" + millis + " ms)");
    }

    private static DevServiceStartException asStartFailure(Engine engine, Throwable failure) {
        if (failure instanceof DevServiceStartException startFailure) {
            return startFailure;
        }
        return new DevServiceStartException(engine.displayName(), String.valueOf(failure.getMessage()), failure);
    }

    /**
     * Stops every engine in reverse start order and, for temporary data, deletes it. A failure to
     * stop one engine does not keep the others running.
     */
    public synchronized void stop() {
        if (state == State.STOPPED) {
            return;
        }
        state = State.STOPPED;
        List<DevService> reversed = new ArrayList<>(services.values());
        Collections.reverse(reversed);
        RuntimeException failure = null;
        for (DevService service : reversed) {
            try {
                service.stop();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (temporary) {
            try {
                Folders.delete(root);
            } catch (IOException e) {
                UncheckedIOException deletion =
                        new UncheckedIOException("Could not delete the temporary data folder " + root, e);
                if (failure == null) {
                    failure = deletion;
                } else {
                    failure.addSuppressed(deletion);
                }
            }
        }
        removeShutdownHook();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops the engines when the JVM exits, unless {@link #stop()} came first. */
    public synchronized DevServices registerShutdownHook() {
        if (shutdownHook == null && state != State.STOPPED) {
            shutdownHook = new Thread(this::stop, "dev-services-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return this;
    }

    private void removeShutdownHook() {
        Thread hook = shutdownHook;
        shutdownHook = null;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook runs stop(), which is idempotent.
            }
        }
    }

    /** The Spring properties of every running engine, in engine order. */
    public synchronized Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        services.values().forEach(service -> properties.putAll(service.springProperties()));
        return properties;
    }

    /** The engine of this kind, if this instance runs one. */
    public Optional<DevService> service(Engine engine) {
        return Optional.ofNullable(services.get(engine));
    }

    /** The engines this instance runs. */
    public Set<Engine> engines() {
        return services.isEmpty() ? EnumSet.noneOf(Engine.class) : EnumSet.copyOf(services.keySet());
    }

    /** The folder that holds every engine's sub-folder. */
    public Path dataDir() {
        return root;
    }
}
