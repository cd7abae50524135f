package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpMethod;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every metric the Grafana dashboards and the Prometheus alert rules name is one the app exports at
 * {@code /actuator/prometheus} once it has done some work, so no panel stays empty and no alert
 * watches a series that never exists (ADR 0018).
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class MetricNamesIT {

    private static final Path OBSERVABILITY = Path.of("..", "deploy", "observability");

    /** Series Prometheus makes itself rather than scraping them. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @LocalManagementPort
    int managementPort;

    @Test
    void everyMetricOfTheDashboardsAndAlertRulesIsExported() throws IOException {
        var wanted = new TreeSet<String>();
        wanted.addAll(namesInAlertRules(OBSERVABILITY.resolve("prometheus/alerts.yml")));
        try (var dashboards = Files.list(OBSERVABILITY.resolve("grafana/dashboards"))) {
            for (var dashboard :
                    dashboards.filter(f -> f.toString().endsWith(".json")).toList()) {
                wanted.addAll(namesInDashboard(dashboard));
            }
        }
        wanted.removeAll(MADE_BY_PROMETHEUS);
        assertThat(wanted)
                .as("the names found in the files (a parser that finds nothing would prove nothing)")
                .contains(
                        "http_server_requests_seconds_bucket",
                        "pytopus_care_actions_total",
                        "pytopus_queue_dead_messages",
                        "hikaricp_connections_active")
                .hasSizeGreaterThan(20);

        exerciseTheApp();

        var exported = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(this::exportedNames, names -> names.containsAll(wanted));
        assertThat(exported).containsAll(wanted);
    }

    /** Hatches, refusals, care, cache reads, a reef search and an event through a worker queue. */
    private void exerciseTheApp() {
        var owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
        var id = owner.post("/api/v1/pets", Map.of("name", "Gauge", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        assertThat(act(owner, id, "FEED", "SHRIMP")).isEqualTo(409);
        clock.skip(Duration.ofMinutes(11));
        assertThat(act(owner, id, "FEED", "SHRIMP")).isEqualTo(200);
        owner.get("/api/v1/pets/" + id);
        owner.get("/api/v1/pets/" + id);
        assertThat(owner.get("/api/v1/no-such-route").code()).isEqualTo(404);
        assertThat(owner.get("/api/v1/reef/search?q=gauge").code()).isIn(200, 503);
    }

    private static int act(Browser owner, String id, String type, String item) {
        var body = new HashMap<String, Object>();
        body.put("type", type);
        body.put("item", item);
        return owner.post("/api/v1/pets/" + id + "/actions", body).code();
    }

    private Set<String> exportedNames() {
        var response = new Browser(http)
                .send(
                        HttpMethod.GET,
                        "http://127.0.0.1:" + managementPort + "/actuator/prometheus",
                        null,
                        Map.of("Accept", "text/plain"));
        assertThat(response.code()).isEqualTo(200);
        var names = new TreeSet<String>();
        for (var line : response.body().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static Set<String> namesInAlertRules(Path file) throws IOException {
        var names = new TreeSet<String>();
        Map<String, Object> rules = new Yaml().load(Files.readString(file));
        for (var group : (List<Map<String, Object>>) rules.get("groups")) {
            for (var rule : (List<Map<String, Object>>) group.get("rules")) {
                names.addAll(PromQl.metricNames((String) rule.get("expr")));
            }
        }
        return names;
    }

    static Set<String> namesInDashboard(Path file) throws IOException {
        var names = new TreeSet<String>();
        collectExpressions(JSON.readTree(Files.readString(file)), names);
        return names;
    }

    private static void collectExpressions(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (var name : node.propertyNames()) {
                var child = node.get(name);
                if (name.equals("expr") && child.isString()) {
                    names.addAll(PromQl.metricNames(child.asString()));
                } else {
                    collectExpressions(child, names);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectExpressions(child, names));
        }
    }

    /** Just enough PromQL to find the metric names of an expression. */
    static final class PromQl {

        private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
        private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
        private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
        private static final Pattern GROUPINGS =
                Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
        private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
        private static final Set<String> KEYWORDS = Set.of(
                "and",
                "or",
                "unless",
                "bool",
                "offset",
                "by",
                "without",
                "on",
                "ignoring",
                "group_left",
                "group_right",
                "inf",
                "nan",
                "atan2");

        static Set<String> metricNames(String expression) {
            var text = STRINGS.matcher(expression).replaceAll("\"\"");
            text = MATCHERS.matcher(text).replaceAll(" ");
            text = RANGES.matcher(text).replaceAll(" ");
            text = GROUPINGS.matcher(text).replaceAll(" ");
            text = text.replaceAll("\\$\\w+", " ");
            var names = new TreeSet<String>();
            var matcher = IDENTIFIER.matcher(text);
            while (matcher.find()) {
                var name = matcher.group();
                boolean function = text.substring(matcher.end()).matches("(?s)\\s*\\(.*");
                boolean number = matcher.start() > 0 && Character.isDigit(text.charAt(matcher.start() - 1));
                if (!function && !number && !KEYWORDS.contains(name.toLowerCase())) {
                    names.add(name);
                }
            }
            return names;
        }
    }
}
