package io.pytopus.search.internal;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports OpenSearch as {@code opensearch} in {@code /actuator/health}. A yellow cluster is UP: a
 * single node cannot place replicas, and search works.
 */
@Component("opensearch")
class OpenSearchHealthIndicator extends AbstractHealthIndicator {

    private final OpenSearchClient client;

    OpenSearchHealthIndicator(OpenSearchClient client) {
        super("OpenSearch health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var health = client.cluster().health();
        builder.status(health.status() == HealthStatus.Red ? "DOWN" : "UP")
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue());
    }
}
