package io.pytopus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, read as text (no Docker engine runs in CI): three stages on pinned base images, the
 * jar extracted into layers, a non-root user, a health check on the management port.
 */
class ContainerImageTest {

    private static final Pattern BASE_IMAGE = Pattern.compile("(?m)^ARG (\\w+)_IMAGE=(\\S+)$");

    @Test
    void theImageIsBuiltInStagesOnPinnedBasesAndRunsAsNobodyInParticular() throws Exception {
        var dockerfile = Files.readString(Tools.ROOT.resolve("Dockerfile"));

        var bases = BASE_IMAGE.matcher(dockerfile).results().toList();
        assertThat(bases).hasSize(3);
        bases.forEach(base -> assertThat(base.group(2))
                .as(base.group(1) + " base image")
                .matches("[\\w./-]+:\\d+\\.\\d+\\.\\d+[\\w.-]*(@sha256:[0-9a-f]{64})?"));
        assertThat(dockerfile)
                .contains("AS frontend", "AS build", "npm ci", "./mvnw")
                .contains("-Djarmode=tools", "extract --layers --launcher")
                .contains("JarLauncher")
                .containsPattern("(?m)^USER 10001")
                .containsPattern("(?m)^HEALTHCHECK .*")
                .contains("/actuator/health/readiness", "${MANAGEMENT_PORT}");
        assertThat(Files.readString(Tools.ROOT.resolve(".dockerignore"))).contains("**/target", "**/node_modules");
    }
}
