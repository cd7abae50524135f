package io.pytopus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The walking skeleton: every engine is really connected and the app answers like a product. Health
 * and metrics live on the management port (ADR 0018); the public port only carries the web app's
 * status summary at {@code /health}.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class HealthIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    @SuppressWarnings("unchecked")
    void healthOnTheManagementPortIsUpWithAllFourEngines() {
        var response = http.getForEntity(management("/actuator/health"), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var components = (Map<String, Map<String, Object>>) response.getBody().get("components");
        for (var engine : List.of("db", "redis", "rabbit", "opensearch")) {
            assertThat(components).containsKey(engine);
            assertThat(components.get(engine)).containsEntry("status", "UP");
        }
    }

    @Test
    void livenessAndReadinessGroupsAreUpOnTheManagementPort() {
        assertThat(http.getForEntity(management("/actuator/health/liveness"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var readiness = http.getForEntity(management("/actuator/health/readiness"), String.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).contains("\"db\"").doesNotContain("\"opensearch\"");
    }

    @Test
    void theManagementPortIsNotThePublicOne() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublicStatusSummaryNamesTheEnginesWithoutDetails() {
        var response = http.getForEntity("/health", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("status", "UP");
        var components = (Map<String, Map<String, Object>>) response.getBody().get("components");
        assertThat(components).containsKeys("db", "redis", "rabbit", "opensearch");
        assertThat(components).doesNotContainKeys("livenessState", "readinessState");
        components.values().forEach(component -> assertThat(component).containsOnlyKeys("status"));
    }

    @Test
    void flywayCreatedTheSessionAndOutboxTables() {
        var tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class)
                .list();

        assertThat(tables)
                .contains("user_sessions", "event_publication", "outbox")
                .as("Spring Session's tables went with V12 (ADR 0025)")
                .doesNotContain("spring_session", "spring_session_attributes");
    }

    @Test
    void theWebAppIsServedAtTheRootAndForDeepLinks() {
        for (var path : List.of("/", "/reef/some-octopus")) {
            var page = http.getForEntity(path, String.class);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                    .as(path)
                    .isTrue();
            assertThat(page.getBody()).as(path).contains("<div id=\"root\"></div>");
        }
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() {
        var response = http.getForEntity("/api/v1/no-such-thing", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"status\":404", "\"code\":\"NOT_FOUND\"");
    }

    @Test
    void pingAnswersWithoutASessionAndCreatesNone() {
        var response = http.getForEntity("/api/v1/ping", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(response.getHeaders().getOrEmpty("Set-Cookie"))
                .as("a ping must stay as cheap as it looks: no session row")
                .noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }
}
