package io.pytopus.system.observability;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

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
