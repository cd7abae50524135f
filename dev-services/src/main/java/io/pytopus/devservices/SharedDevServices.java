package io.pytopus.devservices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The engines of this JVM. Spring's test context cache creates several application contexts in one
 * JVM; each asks for engines, and each engine starts only once, on the first request, then serves
 * every context until the JVM exits.
 */
final class SharedDevServices {

    /** Thread names of Spring Boot's and Spring Framework's shutdown hooks. */
    private static final Set<String> SPRING_SHUTDOWN_HOOKS =
            Set.of("SpringApplicationShutdownHook", "SpringContextShutdownHook");

    private static final Duration SPRING_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private static final List<DevServices> running = new ArrayList<>();
    private static final Map<Engine, DevServices> byEngine = new EnumMap<>(Engine.class);
    private static boolean shutdownHookRegistered;

    private SharedDevServices() {}

    /**
     * Starts the engines not yet running (with these settings; engines already running keep theirs)
     * and returns the Spring properties of all requested ones.
     */
    static synchronized Map<String, String> ensureStarted(
            DevServicesSettings settings, Set<Engine> engines, Consumer<String> reporter) {
        Set<Engine> missing = EnumSet.noneOf(Engine.class);
        missing.addAll(engines);
        missing.removeAll(byEngine.keySet());
        if (!missing.isEmpty()) {
            registerShutdownHookOnce();
            DevServices started =
                    DevServices.create(settings, missing, reporter).start();
            running.add(started);
            missing.forEach(engine -> byEngine.put(engine, started));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Engine engine : EnumSet.copyOf(engines)) {
            byEngine.get(engine).service(engine).ifPresent(service -> properties.putAll(service.springProperties()));
        }
        return properties;
    }

    /** Stops every engine of this JVM, newest first. */
    static synchronized void stopAll() {
        List<DevServices> newestFirst = new ArrayList<>(running);
        Collections.reverse(newestFirst);
        running.clear();
        byEngine.clear();
        RuntimeException failure = null;
        for (DevServices services : newestFirst) {
            try {
                services.stop();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    static synchronized Optional<DevServices> runningFor(Engine engine) {
        return Optional.ofNullable(byEngine.get(engine));
    }

    static synchronized Set<Engine> runningEngines() {
        return byEngine.isEmpty() ? EnumSet.noneOf(Engine.class) : EnumSet.copyOf(byEngine.keySet());
    }

    private static void registerShutdownHookOnce() {
        if (shutdownHookRegistered) {
            return;
        }
        shutdownHookRegistered = true;
        Runtime.getRuntime().addShutdownHook(new Thread(SharedDevServices::stopAfterSpring, "dev-services-shutdown"));
    }

    /**
     * JVM shutdown hooks run concurrently. The application contexts still use the engines while
     * they close (connection pools, listeners, the outbox), so the engines wait for Spring's hooks.
     */
    private static void stopAfterSpring() {
        long deadline = System.nanoTime() + SPRING_SHUTDOWN_WAIT.toNanos();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (SPRING_SHUTDOWN_HOOKS.contains(thread.getName())) {
                try {
                    thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        stopAll();
    }
}
