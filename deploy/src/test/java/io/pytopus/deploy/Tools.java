package io.pytopus.deploy;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the operations tools the checks need. A tool missing on a developer's machine skips the test
 * with the package that brings it; with {@code PYTOPUS_REQUIRE_TOOLS=true} (set by {@code .ci/run},
 * which installs them) a missing tool fails instead, so CI can never pass by skipping.
 */
final class Tools {

    /** The repository's root: this module runs in {@code deploy/}. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private Tools() {}

    /** What a finished command printed. */
    record Result(int exitCode, String stdout, String stderr) {

        Result assertSucceeded(String what) {
            if (exitCode != 0) {
                fail(what + " failed with exit code " + exitCode + ":\n" + stdout + "\n" + stderr);
            }
            return this;
        }
    }

    /** Skips (or, in CI, fails) unless {@code tool} is on the PATH. */
    static void require(String tool, String debianPackage) {
        if (onPath(tool)) {
            return;
        }
        var message = tool + " is not installed (Debian package '" + debianPackage + "'; .ci/run installs it)";
        if (Boolean.parseBoolean(System.getenv("PYTOPUS_REQUIRE_TOOLS"))) {
            fail(message + ", and PYTOPUS_REQUIRE_TOOLS=true makes that a failure");
        }
        assumeTrue(false, message + ": skipped");
    }

    static boolean onPath(String tool) {
        var path = System.getenv().getOrDefault("PATH", "");
        for (var dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command in {@code directory} and waits at most two minutes for it. */
    static Result run(Path directory, String... command) throws IOException, InterruptedException {
        var out = Files.createTempFile("pytopus-tool", ".out");
        var err = Files.createTempFile("pytopus-tool", ".err");
        try {
            var process = new ProcessBuilder(List.of(command))
                    .directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within two minutes");
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }
}
