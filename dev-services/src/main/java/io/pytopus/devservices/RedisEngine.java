package io.pytopus.devservices;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import redis.embedded.RedisExecProvider;

/**
 * A real redis-server 7 from the embedded-redis jar. This class runs the binary itself instead of
 * through embedded-redis's {@code RedisServer}: that one adds a JVM shutdown hook per start and
 * cannot log to a file, and we want the log kept for failures.
 */
final class RedisEngine extends ProcessEngine {

    static final String NAME = Engine.REDIS.displayName();
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

    private final Path pidFile;
    private @Nullable Process process;

    RedisEngine(Path directory, boolean persistent, int requestedPort) {
        super(NAME, directory, "redis.log", persistent, requestedPort);
        this.pidFile = directory.resolve("redis.pid");
    }

    @Override
    boolean isRunning() {
        return process != null;
    }

    @Override
    void launch(int port) throws IOException {
        File executable = RedisExecProvider.defaultProvider().get();
        process = startProcess(command(executable, port));
        awaitReady(process, port);
    }

    @Override
    public void stopLeftover() {
        if (persistent) {
            LeftoverProcess.stopUnlessOwned(NAME, pidFile, "redis-server");
        }
    }

    /** Settings as arguments, so no config file has to be written and cleaned up. */
    private List<String> command(File executable, int port) {
        List<String> command = new ArrayList<>(List.of(
                executable.getAbsolutePath(),
                "--bind",
                LocalPorts.HOST,
                "--port",
                Integer.toString(port),
                "--dir",
                directory.toString(),
                "--pidfile",
                pidFile.toString(),
                "--daemonize",
                "no"));
        if (persistent) {
            // Append-only file: every write survives a restart, at most a second is lost on a crash.
            command.addAll(List.of("--appendonly", "yes", "--appendfsync", "everysec", "--save", "300 1"));
        } else {
            command.addAll(List.of("--appendonly", "no", "--save", ""));
        }
        return command;
    }

    private void awaitReady(Process server, int port) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (!LocalPorts.isListening(port)) {
            if (!server.isAlive()) {
                throw new DevServiceStartException(
                        NAME, "redis-server exited with code " + server.exitValue() + LogTail.of(log));
            }
            if (System.nanoTime() > deadline) {
                throw new DevServiceStartException(
                        NAME,
                        "not listening on port " + port + " after " + STARTUP_TIMEOUT.toSeconds() + " s"
                                + LogTail.of(log));
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServiceStartException(NAME, "interrupted while waiting for redis-server", e);
        }
    }

    @Override
    public void stop() {
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        // SIGTERM: redis-server flushes the append-only file (or saves) and exits.
        running.destroy();
        if (!LeftoverProcess.awaitExit(running.toHandle(), Duration.ofSeconds(20))) {
            running.destroyForcibly();
            LeftoverProcess.awaitExit(running.toHandle(), Duration.ofSeconds(10));
        }
    }

    @Override
    public String address() {
        return url();
    }

    private String url() {
        return "redis://" + LocalPorts.HOST + ":" + port();
    }

    @Override
    public Map<String, String> springProperties() {
        return process == null ? Map.of() : Map.of("spring.data.redis.url", url());
    }
}
