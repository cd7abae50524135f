package io.pytopus.devservices;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An OpenSearch node in its own JVM, started from the jars the build resolved into the local Maven
 * repository (nothing is downloaded at run time).
 *
 * <p>Why a child JVM: inside the application OpenSearch would share the classpath with Spring
 * Boot, whose Netty and logging versions it does not run with. The child's classpath is written by
 * the build to {@value #CLASSPATH_RESOURCE}; {@link OpenSearchLauncher} is its main class. The child
 * exits when its standard input closes or this JVM dies, so it never outlives the application.
 */
final class OpenSearchEngine extends ProcessEngine {

    static final String NAME = Engine.OPENSEARCH.displayName();
    static final String CLASSPATH_RESOURCE = "opensearch.classpath";
    /** By name: the class itself must not even be loaded here, its OpenSearch types are absent. */
    static final String LAUNCHER = "io.pytopus.devservices.OpenSearchLauncher";

    private static final String LOG_CONFIG = "io/pytopus/devservices/opensearch-log4j2.properties";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path pidFile;
    private @Nullable Process process;

    OpenSearchEngine(Path directory, boolean persistent, int requestedPort) {
        super(NAME, directory, "opensearch.log", persistent, requestedPort);
        this.pidFile = directory.resolve("opensearch.pid");
    }

    @Override
    boolean isRunning() {
        return process != null;
    }

    @Override
    void launch(int port) throws IOException {
        Process child = startProcess(command(directory, port, persistent));
        process = child;
        Files.writeString(pidFile, Long.toString(child.pid()));
        awaitHealthy(child);
    }

    /**
     * A child whose parent was killed exits by itself within seconds; an immediate restart may still
     * find it, and this also covers one that hangs.
     */
    @Override
    public void stopLeftover() {
        if (persistent) {
            LeftoverProcess.stopUnlessOwned(NAME, pidFile, "java");
        }
    }

    /** The child JVM's command line; its log and pid file are the caller's business. */
    static List<String> command(Path directory, int port, boolean longLived) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(
                // Small and predictable: a dev node holds little data, and the machine has other work.
                "-Xms256m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "--enable-native-access=ALL-UNNAMED",
                "-Dlog4j2.configurationFile=" + LOG_CONFIG,
                "-Dlog4j2.disable.jmx=true",
                "-Dfile.encoding=UTF-8"));
        if (!longLived) {
            // Temporary data means a test run: the C1 compiler alone starts the node in about half the
            // time on two busy cores. A node with a data folder (the standalone run) keeps the full JIT.
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of(
                "-cp",
                classpath(),
                LAUNCHER,
                directory.resolve("home").toString(),
                directory.resolve("data").toString(),
                Integer.toString(port)));
        return command;
    }

    /** The jars written by the build, then this module's own classes for the launcher. */
    private static String classpath() {
        String jars;
        try (InputStream resource = OpenSearchEngine.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (resource == null) {
                throw new DevServiceStartException(
                        NAME, CLASSPATH_RESOURCE + " is missing: build the dev-services module with Maven");
            }
            jars = new String(resource.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new DevServiceStartException(NAME, "cannot read " + CLASSPATH_RESOURCE, e);
        }
        List<String> missing = Arrays.stream(jars.split(File.pathSeparator))
                .filter(jar -> !Files.exists(Path.of(jar)))
                .toList();
        if (!missing.isEmpty()) {
            throw new DevServiceStartException(
                    NAME,
                    "jars listed at build time are gone (" + missing.getFirst()
                            + "); rebuild the dev-services module with Maven");
        }
        return jars + File.pathSeparator + ownLocation();
    }

    private static String ownLocation() {
        try {
            return Path.of(OpenSearchEngine.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new DevServiceStartException(NAME, "cannot locate the dev-services classes", e);
        }
    }

    private void awaitHealthy(Process child) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            awaitHealthy(child, http, health, deadline);
        }
    }

    private void awaitHealthy(Process child, HttpClient http, HttpRequest health, long deadline) {
        while (true) {
            if (!child.isAlive()) {
                throw new DevServiceStartException(
                        NAME, "its JVM exited with code " + child.exitValue() + LogTail.of(log));
            }
            if (isHealthy(http, health)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new DevServiceStartException(
                        NAME, "not healthy after " + STARTUP_TIMEOUT.toSeconds() + " s" + LogTail.of(log));
            }
            pause();
        }
    }

    private static boolean isHealthy(HttpClient http, HttpRequest health) {
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServiceStartException(NAME, "interrupted while waiting for the node", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServiceStartException(NAME, "interrupted while waiting for the node", e);
        }
    }

    @Override
    public void stop() {
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        // Closing its standard input is the child's signal to close the node and exit.
        try {
            running.getOutputStream().close();
        } catch (IOException e) {
            running.destroy();
        }
        if (!LeftoverProcess.awaitExit(running.toHandle(), STOP_TIMEOUT)) {
            running.destroyForcibly();
            LeftoverProcess.awaitExit(running.toHandle(), Duration.ofSeconds(10));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // A stale pid file is checked against the live process list on the next start.
        }
    }

    @Override
    public String address() {
        return url();
    }

    private String url() {
        return "http://" + LocalPorts.HOST + ":" + port();
    }

    @Override
    public Map<String, String> springProperties() {
        return process == null ? Map.of() : Map.of("pytopus.opensearch.url", url());
    }
}
