package io.pytopus.system.observability;

import io.lettuce.core.metrics.CommandLatencyRecorder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Traces and log correlation (ADR 0018). Micrometer Tracing with the OpenTelemetry bridge puts
 * {@code traceId} and {@code spanId} in the MDC of every observed request, scheduled job and RabbitMQ
 * delivery; this configuration adds what Spring Boot does not do by itself:
 *
 * <ul>
 *   <li>the current observation follows work handed to the application task executor, so the
 *       asynchronous outbox relay sends each event within the trace of the request that caused it,
 *       and the message headers carry that trace to the workers;
 *   <li>a request id ({@code X-Request-Id}, taken from the caller or generated, echoed in the
 *       response) and the signed-in user's id in the MDC, and one access log line per API request.
 * </ul>
 *
 * <p>And it leaves out instrumentation that cost every request and told nobody anything (ADR 0029):
 * Spring Security's per-filter observations and Lettuce's per-command latency histograms. Boot's
 * Lettuce observation (a span and two timers per Redis command) is excluded in {@code
 * application.yaml}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObservabilityProperties.class)
class ObservabilityConfiguration {

    /** Boot applies a TaskDecorator bean to the application task executor (virtual threads here). */
    @Bean
    TaskDecorator contextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }

    /**
     * No observation of Spring Security's filters, authentications or authorizations. Turning their
     * observations off by name ({@code management.observations.enable.spring.security}) was not
     * enough: Spring Security still wrapped each of its filters in an observing decorator
     * that made a no-op observation per filter, 5% of the trivial endpoint's CPU. With these settings
     * it does not wrap them at all. The request as a whole is still observed (http.server.requests,
     * its span and the trace ids in the MDC).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Lettuce records the latency of every command into HdrHistogram/LatencyUtils histograms
     * whenever those libraries are on the classpath (Micrometer brings them) and publishes them as
     * events that nothing here reads. Redis is a cache: its health indicator and the cache's hit
     * counter ({@code pytopus.cache.gets}) are what operations watch.
     */
    @Bean
    ClientResourcesBuilderCustomizer noRedisCommandLatencyRecording() {
        return builder -> builder.commandLatencyRecorder(CommandLatencyRecorder.disabled());
    }

    /**
     * Runs just inside Boot's HTTP observation filter (order {@code HIGHEST_PRECEDENCE + 1}), so the
     * access log line carries the request's trace id, and before Spring Security, so its log lines
     * carry the request id.
     */
    @Bean
    FilterRegistrationBean<RequestCorrelationFilter> requestCorrelationFilter(ObservabilityProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestCorrelationFilter(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
