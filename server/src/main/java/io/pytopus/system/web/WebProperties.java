package io.pytopus.system.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body accepted; larger ones get 413
 * @param concurrency how many requests are processed at once, and how long the next one waits
 */
@ConfigurationProperties("pytopus.web")
record WebProperties(
        @DefaultValue("64KB") DataSize maxRequestBody,
        @DefaultValue Concurrency concurrency) {

    /**
     * @param maxRequests requests in progress at once; more than the database pool (20) and the
     *     cores can serve, fewer than the heap can hold
     * @param maxWait how long a request beyond them waits before it gets 503
     */
    record Concurrency(
            @DefaultValue("200") int maxRequests,
            @DefaultValue("2s") Duration maxWait) {}
}
