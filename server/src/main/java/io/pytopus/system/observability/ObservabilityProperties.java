package io.pytopus.system.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Log correlation settings ({@code pytopus.observability.*}).
 *
 * @param requestIdHeader the header that carries a request id in and out
 * @param accessLog whether each API request ({@code /api/**}) logs one line when it completes, at
 *     INFO on the logger {@code io.pytopus.access}
 */
@ConfigurationProperties("pytopus.observability")
record ObservabilityProperties(
        @DefaultValue("X-Request-Id") String requestIdHeader,
        @DefaultValue("true") boolean accessLog) {}
