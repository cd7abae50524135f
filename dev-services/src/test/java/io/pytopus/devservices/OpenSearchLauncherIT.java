package io.pytopus.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenSearch JVM never outlives the application that started it, even one killed with -9. */
class OpenSearchLauncherIT {

    @TempDir
    Path directory;

    @Test
    void theNodeExitsWhenItsParentIsKilled() throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec 3<&0; \"$@\" <&3 3<&- & wait", "sh"));
        command.addAll(OpenSearchEngine.command(directory, port, false));
        // The shell is the node's parent; the node's stdin stays open (this JVM holds the pipe), so
        // only the parent watch can notice that the shell is gone. (A background command's stdin is
        // /dev/null unless redirected, and dash applies "<&0" after that: hence fd 3.)
        Process shell = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("opensearch.log").toFile())
                .start();
        try {
            awaitHealthy(port, shell);
            ProcessHandle node = shell.toHandle().children().findFirst().orElseThrow();

            shell.destroyForcibly();

            assertThat(node.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            shell.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    private static void awaitHealthy(int port, Process shell) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_cluster/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline && shell.isAlive()) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // Polled again below.
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw new AssertionError("the node did not become healthy");
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
