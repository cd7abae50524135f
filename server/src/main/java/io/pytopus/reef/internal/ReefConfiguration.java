package io.pytopus.reef.internal;

import io.pytopus.system.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reef's reads are open to visitors without an account; waving and snacks need one. */
@Configuration(proxyBeanMethods = false)
class ReefConfiguration {

    @Bean
    PublicEndpoints reefReads() {
        return PublicEndpoints.of(PublicEndpoints.get("/api/v1/reef/**"));
    }
}
