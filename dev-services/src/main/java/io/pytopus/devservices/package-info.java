/**
 * Embedded real engines for tests and the standalone run: PostgreSQL, Redis, an AMQP 0-9-1 broker,
 * an OpenSearch node and an SMTP server (GreenMail).
 *
 * <p>Applications use it through {@link io.pytopus.devservices.DevServicesEnvironmentPostProcessor}:
 * with {@code pytopus.dev-services.enabled=true} every engine whose external address is not given
 * ({@code POSTGRES_URL}, {@code REDIS_URL}, {@code RABBITMQ_URL}, {@code OPENSEARCH_URL}, {@code
 * SMTP_HOST}) is started once per JVM and its address is published as Spring properties. {@link
 * io.pytopus.devservices.DevServices} starts and stops engines without Spring; {@link
 * io.pytopus.devservices.EmbeddedSmtp} shows tests what the application mailed.
 *
 * <p>This module is a test-scope dependency of the server, so none of it reaches the production jar.
 */
@NullMarked
package io.pytopus.devservices;

import org.jspecify.annotations.NullMarked;
