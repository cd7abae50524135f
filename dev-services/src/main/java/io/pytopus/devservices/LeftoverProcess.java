package io.pytopus.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Finds and stops an engine process left running by an application that was killed (kill -9, a
 * crashed IDE): it still holds the port and the data folder, so the next start would fail. Only
 * used with a persistent data folder, where the pid file tells which process it was.
 */
final class LeftoverProcess {

    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 25;

    private LeftoverProcess() {}

    /** The live process named by the first line of the pid file, if its command contains the marker. */
    static Optional<ProcessHandle> find(Path pidFile, String commandMarker) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.getFirst().isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.getFirst().strip());
            // The command check guards against a pid that the system has since given to another program.
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().orElse("").contains(commandMarker));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops the live process named by the pid file, unless its parent is a running JVM: then an
     * application still uses it and it is no leftover.
     */
    static void stopUnlessOwned(String engine, Path pidFile, String commandMarker) {
        find(pidFile, commandMarker)
                .filter(leftover -> !ownedByRunningJvm(leftover))
                .ifPresent(leftover -> stop(engine, leftover));
    }

    /** True while the process's parent is a JVM, i.e. an application that still uses it. */
    private static boolean ownedByRunningJvm(ProcessHandle process) {
        return process.parent()
                .flatMap(parent -> parent.info().command())
                .map(command -> command.endsWith("/java"))
                .orElse(false);
    }

    /** Asks the process to stop, then forces it; fails the start if it outlives both. */
    static void stop(String engine, ProcessHandle process) {
        process.destroy();
        if (!awaitExit(process, GRACE)) {
            process.destroyForcibly();
            if (!awaitExit(process, Duration.ofSeconds(10))) {
                throw new DevServiceStartException(
                        engine, "a process left by an earlier run (pid " + process.pid() + ") does not stop");
            }
        }
    }

    /**
     * Waits until the process has exited. A zombie counts as exited: it holds no port or file any
     * more, and an orphan's zombie lingers until the system's init reaps it (about two seconds in
     * our sandboxes), which is no reason to keep a test waiting.
     */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!hasExited(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return hasExited(process);
            }
        }
        return true;
    }

    /** Gone, or a zombie (Linux's /proc tells; elsewhere only a reaped process counts). */
    static boolean hasExited(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // Format: "pid (command) state ...": the command may contain spaces and parentheses.
            int afterCommand = stat.lastIndexOf(')');
            return afterCommand > 0 && stat.length() > afterCommand + 2 && stat.charAt(afterCommand + 2) == 'Z';
        } catch (IOException e) {
            return !process.isAlive();
        }
    }
}
