package io.pytopus.system.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.system.PublicEndpoints;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Request-level protections that apply before anything else runs. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Ahead of security and its session lookup, so a huge body costs nothing. */
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    /** Before the body limit and security: a shed request costs nothing but its answer. */
    static final int CONCURRENCY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    /** Outside Spring Security, whose session lookup may find PostgreSQL unable to answer in time. */
    static final int STORE_UNAVAILABLE_ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

    @Bean
    FilterRegistrationBean<StoreUnavailableFilter> storeUnavailableFilter(ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new StoreUnavailableFilter(problems));
        registration.setOrder(STORE_UNAVAILABLE_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(
            WebProperties properties, ProblemResponses problems, MeterRegistry registry) {
        var limit = properties.concurrency();
        var registration = new FilterRegistrationBean<>(
                new ConcurrencyLimitFilter(limit.maxRequests(), limit.maxWait(), problems, registry));
        registration.setOrder(CONCURRENCY_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            WebProperties properties, ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), problems));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    @Bean
    PublicEndpoints pingEndpoint() {
        return PublicEndpoints.of(PublicEndpoints.get("/api/v1/ping"));
    }
}
