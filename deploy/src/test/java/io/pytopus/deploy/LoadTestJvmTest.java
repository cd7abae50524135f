package io.pytopus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The load test measures the JVM that production runs: perf/lib.sh reads the flags from the
 * Dockerfile's ENV and the API container's memory limit from deploy/k8s (ADR 0024), and this test
 * sources lib.sh and compares what it would start the app with against its own reading of those
 * files. It fails if someone writes flags into lib.sh, or gives the image a JVM setting lib.sh does
 * not pass on.
 */
class LoadTestJvmTest {

    /** An ENV entry: NAME=value or NAME="value with spaces". */
    private static final Pattern ENV_ENTRY = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S*)");
    /** Settings that change how the JVM or its allocator behaves. */
    private static final Pattern JVM_SETTING =
            Pattern.compile("JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|_JAVA_OPTIONS|JAVA_OPTS|MALLOC_\\w+");

    @Test
    void theLoadTestStartsTheAppWithTheImagesJvmFlagsSizedForTheApiContainersLimit() throws Exception {
        var image = imageEnvironment();
        var jvmSettings = image.keySet().stream()
                .filter(name -> JVM_SETTING.matcher(name).matches())
                .toList();
        assertThat(jvmSettings)
                .as("the image's JVM settings that perf/lib.sh passes on; teach it any other")
                .containsExactlyInAnyOrder("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");
        var limit = apiMemoryLimit();
        assertThat(limit).matches("\\d+Mi");

        var lines = loadTestSettings();

        assertThat(lines.get(0))
                .isEqualTo("-XX:MaxRAM=" + limit.replace("Mi", "m") + " " + image.get("JAVA_TOOL_OPTIONS"));
        assertThat(lines.get(1))
                .as("MALLOC_ARENA_MAX in the app's environment")
                .isEqualTo(image.get("MALLOC_ARENA_MAX"));
    }

    @Test
    void theLoadTestsJvmGivesItselfTheHeapTheContainerWould() throws Exception {
        var flags = loadTestSettings().get(0);
        var percentage = Pattern.compile("-XX:MaxRAMPercentage=([\\d.]+)").matcher(flags);
        assertThat(percentage.find())
                .as("the image sizes the heap as a share of the container's limit")
                .isTrue();
        long limitBytes = Long.parseLong(apiMemoryLimit().replace("Mi", "")) * 1024 * 1024;

        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(flags.split(" ")));
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        var printed =
                Tools.run(Tools.ROOT, command.toArray(String[]::new)).assertSucceeded("java -XX:+PrintFlagsFinal");
        var maxHeap = Pattern.compile("\\sMaxHeapSize\\s*=\\s*(\\d+)").matcher(printed.stdout());
        assertThat(maxHeap.find()).isTrue();

        // On a machine with far more memory than the container, the heap is still the share of the limit.
        double expected = limitBytes * Double.parseDouble(percentage.group(1)) / 100;
        assertThat((double) Long.parseLong(maxHeap.group(1))).isBetween(expected * 0.99, expected * 1.02);
    }

    /** What perf/lib.sh starts the app with: the JVM flags, then MALLOC_ARENA_MAX as the app sees it. */
    private static List<String> loadTestSettings() throws Exception {
        var process = new ProcessBuilder(
                        "bash",
                        "-c",
                        "source perf/lib.sh && printf '%s\\n' \"$APP_JVM_FLAGS\" && app_env bash -c 'echo \"$MALLOC_ARENA_MAX\"'")
                .directory(Tools.ROOT.toFile())
                .redirectErrorStream(true);
        // lib.sh's own defaults, not a developer's overrides.
        process.environment().keySet().removeIf(name -> name.startsWith("PERF_") || name.startsWith("APP_"));
        process.environment().remove("MALLOC_ARENA_MAX");
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(started.exitValue()).as(output).isZero();
        var lines = output.lines().toList();
        assertThat(lines).as(output).hasSize(2);
        return lines;
    }

    /** The runtime stage's ENV of the Dockerfile, continuation lines joined. */
    private static Map<String, String> imageEnvironment() throws Exception {
        var dockerfile = Files.readString(Tools.ROOT.resolve("Dockerfile")).replaceAll("\\\\\\n", " ");
        var runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        var environment = new LinkedHashMap<String, String>();
        runtime.lines().filter(line -> line.startsWith("ENV ")).forEach(line -> {
            var entry = ENV_ENTRY.matcher(line.substring(4));
            while (entry.find()) {
                environment.put(entry.group(1), entry.group(2).replaceAll("^\"|\"$", ""));
            }
        });
        assertThat(environment).as("the runtime stage's ENV").isNotEmpty();
        return environment;
    }

    /** The memory limit of the API Deployment's container, e.g. 768Mi. */
    @SuppressWarnings("unchecked")
    private static String apiMemoryLimit() throws Exception {
        for (Object document : new Yaml().loadAll(Files.readString(Tools.ROOT.resolve("deploy/k8s/base/api.yaml")))) {
            var object = (Map<String, Object>) document;
            if (object != null && "Deployment".equals(object.get("kind"))) {
                var pod = (Map<String, Object>)
                        ((Map<String, Object>) ((Map<String, Object>) object.get("spec")).get("template")).get("spec");
                var container = ((List<Map<String, Object>>) pod.get("containers")).getFirst();
                var resources = (Map<String, Object>) container.get("resources");
                return (String) ((Map<String, Object>) resources.get("limits")).get("memory");
            }
        }
        throw new AssertionError("no Deployment in deploy/k8s/base/api.yaml");
    }
}
