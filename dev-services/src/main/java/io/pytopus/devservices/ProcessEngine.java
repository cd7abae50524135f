package io.pytopus.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An engine whose server runs as a process of its own, with its data and its log in the engine's
 * folder. Such a process can outlive a killed application, so every one {@link ReclaimsLeftovers}.
 *
 * <p>{@link #start()} is the same for all of them; subclasses {@link #launch(int) launch} and
 * {@link #stop() stop} their server. (The AMQP broker runs in this JVM, without a log or leftovers,
 * and is not one of them.)
 */
abstract class ProcessEngine implements DevService, ReclaimsLeftovers {

    private final String name;
    final Path directory;
    final Path log;
    /** Whether the folder outlives the run; only then can it hold a leftover or keep data. */
    final boolean persistent;

    private final int requestedPort;
    private int port;

    ProcessEngine(String name, Path directory, String logFileName, boolean persistent, int requestedPort) {
        this.name = name;
        this.directory = directory;
        this.log = directory.resolve(logFileName);
        this.persistent = persistent;
        this.requestedPort = requestedPort;
    }

    @Override
    public final String name() {
        return name;
    }

    /**
     * Does nothing if the server runs. Otherwise reclaims a leftover first (it would hold the port),
     * resolves the port and launches; a failed launch is stopped again and reported with the end of
     * the log.
     */
    @Override
    public final void start() {
        if (isRunning()) {
            return;
        }
        stopLeftover();
        port = LocalPorts.resolve(name, requestedPort);
        try {
            Files.createDirectories(directory);
            launch(port);
        } catch (Exception e) {
            stop();
            if (e instanceof DevServiceStartException failure) {
                throw failure;
            }
            throw new DevServiceStartException(name, describe(e) + LogTail.of(log), e);
        }
    }

    /** Whether a server started by this instance is up. */
    abstract boolean isRunning();

    /**
     * Starts the server on the free port, in the existing folder, and returns once it serves. On a
     * failure, {@link #stop()} must be able to end whatever it started.
     */
    abstract void launch(int port) throws Exception;

    /** Starts a process in the folder, its output appended to the log (for launch). */
    final Process startProcess(List<String> command) throws IOException {
        return new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** The reason a launch failed, for the start failure's message. */
    String describe(Exception e) {
        return String.valueOf(e.getMessage());
    }

    /** The port of the last start (0 before the first). */
    final int port() {
        return port;
    }
}
