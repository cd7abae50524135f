package io.pytopus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** promtool checks the scrape configuration and the alert rules, and runs the rules' unit tests. */
class PrometheusFilesTest {

    private static final java.nio.file.Path PROMETHEUS = Tools.ROOT.resolve("deploy/observability/prometheus");

    @BeforeEach
    void promtool() {
        Tools.require("promtool", "prometheus");
    }

    @Test
    void theScrapeConfigurationIsValid() throws Exception {
        Tools.run(PROMETHEUS, "promtool", "check", "config", "prometheus.yml").assertSucceeded("promtool check config");
    }

    @Test
    void theAlertRulesAreValid() throws Exception {
        var result = Tools.run(PROMETHEUS, "promtool", "check", "rules", "alerts.yml")
                .assertSucceeded("promtool check rules");
        assertThat(result.stdout()).contains("SUCCESS: 6 rules found");
    }

    @Test
    void theAlertRulesPassTheirUnitTests() throws Exception {
        var result = Tools.run(PROMETHEUS, "promtool", "test", "rules", "alerts_test.yml")
                .assertSucceeded("promtool test rules");
        assertThat(result.stdout()).contains("SUCCESS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertIsUnitTestedAndHasARunbookEntry() throws Exception {
        Map<String, Object> rules = new Yaml().load(Files.readString(PROMETHEUS.resolve("alerts.yml")));
        var tests = Files.readString(PROMETHEUS.resolve("alerts_test.yml"));
        var operations = Files.readString(Tools.ROOT.resolve("docs/operations.md"));
        for (var group : (List<Map<String, Object>>) rules.get("groups")) {
            for (var rule : (List<Map<String, Object>>) group.get("rules")) {
                var alert = (String) rule.get("alert");
                assertThat(tests).as(alert + " in alerts_test.yml").contains("alertname: " + alert);
                assertThat(operations).as("a runbook entry for " + alert).contains("### " + alert);
                var annotations = (Map<String, String>) rule.get("annotations");
                assertThat(annotations.get("runbook")).isEqualTo("docs/operations.md#" + alert.toLowerCase());
            }
        }
    }
}
