package io.pytopus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grafana's provisioning: a Prometheus datasource whose uid every panel uses, and a dashboard folder
 * that compose mounts where the provider looks. Which metrics the panels name is checked against the
 * running app by the server's MetricNamesIT.
 */
class GrafanaFilesTest {

    private static final java.nio.file.Path GRAFANA = Tools.ROOT.resolve("deploy/observability/grafana");

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewDashboardUsesTheProvisionedDatasourceInEveryPanel() throws Exception {
        Map<String, Object> datasources =
                new Yaml().load(Files.readString(GRAFANA.resolve("provisioning/datasources/prometheus.yml")));
        var uid = ((List<Map<String, Object>>) datasources.get("datasources"))
                .getFirst()
                .get("uid");

        JsonNode dashboard = JsonMapper.builder()
                .build()
                .readTree(Files.readString(GRAFANA.resolve("dashboards/pytopus-overview.json")));
        assertThat(dashboard.path("title").asString()).isEqualTo("Pytopus overview");
        var titles = new ArrayList<String>();
        for (var panel : dashboard.path("panels")) {
            titles.add(panel.path("title").asString());
            if (!panel.path("type").asString().equals("row")) {
                assertThat(panel.path("datasource").path("uid").asString()).isEqualTo(uid);
                assertThat(panel.path("targets")).isNotEmpty();
                panel.path("targets")
                        .forEach(target ->
                                assertThat(target.path("expr").asString()).isNotBlank());
            }
        }
        assertThat(String.join("|", titles))
                .contains("Requests", "latency", "Errors", "Care actions", "Outbox", "Dead letters", "cache", "Search");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProviderLooksWhereComposeMountsTheDashboards() throws Exception {
        Map<String, Object> providers =
                new Yaml().load(Files.readString(GRAFANA.resolve("provisioning/dashboards/pytopus.yml")));
        var path = ((Map<String, Object>) ((List<Map<String, Object>>) providers.get("providers"))
                        .getFirst()
                        .get("options"))
                .get("path");
        assertThat(Files.readString(Tools.ROOT.resolve("compose.yaml")))
                .contains("./deploy/observability/grafana/dashboards:" + path + ":ro");
    }
}
