package io.pytopus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** compose.yaml is valid for docker-compose and follows the house rules for infrastructure files. */
class ComposeFileTest {

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Tools.require("docker-compose", "docker-compose");
        Tools.run(Tools.ROOT, "docker-compose", "-f", "compose.yaml", "config", "-q")
                .assertSucceeded("docker-compose config");
    }

    @Test
    void theWholeStackIsThere() throws Exception {
        assertThat(services().keySet())
                .contains(
                        "api",
                        "worker",
                        "postgres",
                        "redis",
                        "rabbitmq",
                        "opensearch",
                        "prometheus",
                        "grafana",
                        "graylog",
                        "mongodb",
                        "graylog-opensearch",
                        "mailpit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsPinnedHealthCheckedAndBoundToLoopback() throws Exception {
        for (var entry : services().entrySet()) {
            var name = entry.getKey();
            var service = entry.getValue();
            var image = (String) service.get("image");
            assertThat(image).as(name + " image").isNotNull().contains(":").doesNotEndWith(":latest");
            assertThat(image.substring(image.lastIndexOf(':') + 1))
                    .as(name + " pins an exact version")
                    .matches("v?\\d+\\.\\d+(\\.\\d+)?.*|local");
            if (!List.of("api", "worker").contains(name)) {
                assertThat(service).as(name + " healthcheck").containsKey("healthcheck");
            }
            for (var port : (List<String>) service.getOrDefault("ports", List.of())) {
                assertThat(port).as(name + " port").startsWith("127.0.0.1:");
            }
            var dependsOn = service.get("depends_on");
            if (dependsOn instanceof Map<?, ?> conditions) {
                conditions
                        .values()
                        .forEach(condition -> assertThat((Map<String, String>) condition)
                                .as(name + " waits for healthy dependencies")
                                .containsEntry("condition", "service_healthy"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(Tools.ROOT.resolve("compose.yaml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }
}
