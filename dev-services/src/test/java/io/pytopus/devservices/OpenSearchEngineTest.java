package io.pytopus.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OpenSearchEngineTest {

    @Test
    void namesTheLauncherClass() {
        assertThat(OpenSearchEngine.LAUNCHER).isEqualTo(OpenSearchLauncher.class.getName());
    }

    @Test
    void theBuildListsTheOpenSearchJarsButNoOtherEngineNorSpring() throws IOException {
        String classpath;
        try (InputStream resource = OpenSearchEngine.class.getResourceAsStream(OpenSearchEngine.CLASSPATH_RESOURCE)) {
            assertThat(resource).isNotNull();
            classpath = new String(resource.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        var jars = Arrays.stream(classpath.split(File.pathSeparator))
                .map(jar -> Path.of(jar).getFileName().toString())
                .toList();

        assertThat(jars)
                .anyMatch(jar -> jar.startsWith("opensearch-3."))
                .anyMatch(jar -> jar.startsWith("transport-netty4-client-"))
                .anyMatch(jar -> jar.startsWith("analysis-common-"))
                .anyMatch(jar -> jar.startsWith("log4j-core-"))
                .noneMatch(jar -> jar.startsWith("spring-"))
                .noneMatch(jar -> jar.startsWith("qpid-"))
                .noneMatch(jar -> jar.startsWith("embedded-"))
                .noneMatch(jar -> jar.startsWith("logback-"));
    }
}
