package io.pytopus.search.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where OpenSearch lives and how long we wait for it: {@code socketTimeout} for searches, before
 * search degrades; {@code writeTimeout} for index administration and bulk writes.
 */
@ConfigurationProperties("pytopus.opensearch")
record OpenSearchProperties(
        URI url,
        String username,
        String password,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("5s") Duration socketTimeout,
        @DefaultValue("30s") Duration writeTimeout) {

    boolean hasCredentials() {
        return username != null && !username.isBlank();
    }
}
