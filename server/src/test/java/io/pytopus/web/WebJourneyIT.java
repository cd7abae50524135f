package io.pytopus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The web app's end-to-end journey (issue 7) in a real browser: Debian's Chromium, driven by the
 * Node script {@code frontend/e2e/journey.js} with playwright-core, against the whole application on
 * embedded engines, with octopus life sped up so an egg hatches in seconds. Screenshots of the tank,
 * the journal and the reef land in {@code server/target/e2e-screenshots/}.
 *
 * <p>Without {@code /usr/bin/chromium} the test is skipped, unless {@code PYTOPUS_E2E=required} (CI
 * sets it, after installing Chromium), which makes a missing browser a failure.
 *
 * <p>Its context is closed afterwards: its workers and scheduler run life 120 times faster, and
 * must not go on handling the pets of the tests that share the database after it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pytopus.dev-services.enabled=true",
            // An egg hatches in 5 s; a need drains about 0.2 points a second.
            "pytopus.simulation.time-scale=120",
            // Every account of the journey signs up from 127.0.0.1.
            "pytopus.rate-limit.register.per-ip.capacity=1000"
        })
@DirtiesContext
class WebJourneyIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PYTOPUS_CHROMIUM", "/usr/bin/chromium"));
    private static final long TIMEOUT_SECONDS = 360;

    @LocalServerPort
    int port;

    @Test
    void theJourneyPassesInARealBrowser() throws IOException, InterruptedException {
        boolean required = "required".equalsIgnoreCase(System.getenv("PYTOPUS_E2E"));
        if (!Files.isExecutable(CHROMIUM)) {
            var why = "No Chromium at " + CHROMIUM + ": the end-to-end journey is skipped. Install it with"
                    + " `apt-get install -y chromium` (set PYTOPUS_E2E=required to make this a failure).";
            if (required) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        var moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath()
                .normalize();
        var frontend = moduleDir.resolveSibling("frontend");
        var screenshots = moduleDir.resolve("target").resolve("e2e-screenshots");
        assertThat(frontend.resolve("node_modules/playwright-core"))
                .as("playwright-core is installed by the frontend module's npm ci")
                .exists();

        var process = new ProcessBuilder(
                        "node",
                        "e2e/journey.js",
                        "--base-url",
                        "http://127.0.0.1:" + port,
                        "--screenshots",
                        screenshots.toString(),
                        "--chromium",
                        CHROMIUM.toString(),
                        "--timeout",
                        String.valueOf(TIMEOUT_SECONDS - 30))
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new StringBuilder();
        var reader = Thread.ofVirtual().start(() -> {
            try (var lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println(line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                synchronized (output) {
                    output.append("(output lost: ").append(e.getMessage()).append(")\n");
                }
            }
        });

        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("The journey did not finish within " + TIMEOUT_SECONDS + " s:\n" + output);
        }
        reader.join(5_000);
        synchronized (output) {
            assertThat(process.exitValue())
                    .as("the journey's exit code; its output:\n%s", output)
                    .isZero();
            assertThat(output).contains("1. sign up: PASS", "2. hatch an egg and see it hatch: PASS");
        }
        assertThat(screenshots.resolve("tank-desktop.png")).exists();
        assertThat(screenshots.resolve("tank-mobile.png")).exists();
    }
}
