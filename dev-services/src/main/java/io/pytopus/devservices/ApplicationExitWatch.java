package io.pytopus.devservices;

import java.time.Duration;

/**
 * Stops an in-process engine once the application has ended, i.e. once every live non-daemon
 * thread belongs to the engine: the JVM would otherwise never exit. The JVM's shutdown hooks then
 * stop the other engines as usual. A test run or a web server always has a non-daemon thread of
 * its own (the test runner's main thread, the server's await thread), so it never triggers there.
 */
final class ApplicationExitWatch {

    private static final Duration POLL = Duration.ofMillis(500);
    /** The JVM's thread that waits for the non-daemon threads once main() has returned. */
    private static final String DESTROY_JAVA_VM = "DestroyJavaVM";

    private ApplicationExitWatch() {}

    static void start(ThreadGroup engineThreads, Runnable stopEngine) {
        Thread.ofPlatform()
                .daemon()
                .name(engineThreads.getName() + "-exit-watch")
                .start(() -> watch(engineThreads, stopEngine));
    }

    private static void watch(ThreadGroup engineThreads, Runnable stopEngine) {
        int idleChecks = 0;
        // Two checks in a row: a thread handing work to a new one is not mistaken for an ended app.
        while (idleChecks < 2) {
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                return;
            }
            if (engineThreads.activeCount() == 0) {
                return;
            }
            idleChecks = applicationEnded(engineThreads) ? idleChecks + 1 : 0;
        }
        stopEngine.run();
    }

    static boolean applicationEnded(ThreadGroup engineThreads) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> !thread.isDaemon())
                .filter(thread -> !thread.getName().equals(DESTROY_JAVA_VM))
                .allMatch(thread -> isIn(thread, engineThreads));
    }

    private static boolean isIn(Thread thread, ThreadGroup group) {
        for (ThreadGroup current = thread.getThreadGroup(); current != null; current = current.getParent()) {
            if (current == group) {
                return true;
            }
        }
        return false;
    }
}
