package io.pytopus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application against real engines: the services the environment names
 * ({@code POSTGRES_URL}, {@code REDIS_URL}, {@code RABBITMQ_URL}, {@code OPENSEARCH_URL}), and
 * embedded ones for the rest (see the dev-services module). All such tests share one context, with
 * a {@link TestClock} that tests may move forward.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pytopus.dev-services.enabled=true",
            // Several test contexts stay cached at once, each with a pool of its own: keep each small
            // so together they stay under PostgreSQL's max_connections (100 on the CI machine).
            "spring.datasource.hikari.maximum-pool-size=8",
            "spring.datasource.hikari.minimum-idle=1",
            // Tests drive the attention scheduler by hand (AttentionScheduler.run()) with a clock they
            // move; a background run claiming the same pets at the same moment made them flaky.
            "pytopus.attention.interval=1h"
        })
@Import(TestClock.Configuration.class)
public @interface IntegrationTest {}
