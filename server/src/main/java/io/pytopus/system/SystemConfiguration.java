package io.pytopus.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Application-wide infrastructure: the one clock every module reads time from (so tests can move
 * it), scheduling for housekeeping jobs, and connections that are taken only when used.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Static: a post-processor must exist before the beans it wraps (the data source). */
    @Bean
    static LazyConnections lazyConnections() {
        return new LazyConnections();
    }
}
