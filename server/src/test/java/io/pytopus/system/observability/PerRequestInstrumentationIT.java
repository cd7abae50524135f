package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What every request no longer pays for (ADR 0029), in the running app: no observation, span or
 * timer per Redis command and no observing wrapper around each security filter, while the metrics
 * operations read, the redis health indicator and the request id are all still there.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class PerRequestInstrumentationIT {

    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Autowired
    TestRestTemplate http;

    @Autowired
    FilterChainProxy securityFilters;

    @LocalManagementPort
    int managementPort;

    @Test
    void aCachedPetReadLeavesNoMetricPerRedisCommandButTheCacheCounterAndRedisHealthRemain() {
        var owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
        var id = owner.post("/api/v1/pets", Map.of("name", "Lettuce", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        assertThat(owner.get("/api/v1/pets/" + id).code()).isEqualTo(200);
        assertThat(owner.get("/api/v1/pets/" + id).code()).isEqualTo(200);

        var metrics = management("/actuator/prometheus", "text/plain");
        assertThat(metrics.lines().filter(line -> !line.startsWith("#")))
                .noneMatch(line -> line.startsWith("lettuce_"))
                .anyMatch(line -> line.startsWith("pytopus_cache_gets_total{") && line.contains("result=\"hit\""))
                .anyMatch(line -> line.startsWith("http_server_requests_seconds_count{"));
        assertThat(management("/actuator/health/status", "application/json")).contains("\"redis\":{\"status\":\"UP\"}");
    }

    @Test
    void securityFiltersRunWithoutAnObservingWrapper() {
        assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator"))
                .isNotNull()
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
    }

    @Test
    void everyResponseCarriesARequestIdOfItsOwn() {
        var browser = new Browser(http);

        var first = browser.get("/api/v1/ping").headers().getFirst("X-Request-Id");
        var second = browser.get("/api/v1/ping").headers().getFirst("X-Request-Id");

        assertThat(first).matches(UUID_V4);
        assertThat(second).matches(UUID_V4).isNotEqualTo(first);
    }

    private String management(String path, String accept) {
        var response = new Browser(http)
                .send(HttpMethod.GET, "http://127.0.0.1:" + managementPort + path, null, Map.of("Accept", accept));
        assertThat(response.code()).as(path).isEqualTo(200);
        return response.body();
    }
}
