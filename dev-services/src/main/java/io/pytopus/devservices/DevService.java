package io.pytopus.devservices;

import java.util.Map;

/**
 * One embedded engine: a real server process (or in-process server) that tests and the standalone
 * run talk to exactly as they would talk to the production one.
 *
 * <p>Implementations are not thread-safe; {@link DevServices} starts and stops them.
 */
public interface DevService {

    /** The engine's name for people, such as {@code PostgreSQL}. */
    String name();

    /**
     * Starts the engine and returns once it serves requests.
     *
     * @throws DevServiceStartException if the engine cannot start, naming the reason
     */
    void start();

    /** Stops the engine and every process it started; does nothing if it is not running. */
    void stop();

    /** Where clients reach the running engine, for people (a URL or host and port). */
    String address();

    /** The Spring properties that point an application at the running engine. */
    Map<String, String> springProperties();
}
