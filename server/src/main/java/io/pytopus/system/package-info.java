/**
 * Cross-cutting concerns every module relies on: errors as RFC 9457 problem documents, web
 * configuration (serving the single-page app, the OpenAPI document), security (sessions, CSRF,
 * headers), rate limits, and the relay from the event outbox to RabbitMQ.
 *
 * <p>Its public API:
 *
 * <ul>
 *   <li>{@link io.pytopus.system.ProblemException}: a module throws it to answer with a problem
 *       document carrying a stable {@code code};
 *   <li>{@link io.pytopus.system.RateLimiter} and {@link io.pytopus.system.RateLimit}: Redis-backed
 *       rate limits that fall back to local ones when Redis is down;
 *   <li>{@link io.pytopus.system.PublicEndpoints}: a bean that opens some {@code /api} endpoints to
 *       visitors without a session (everything else under {@code /api} requires one).
 *   <li>{@link io.pytopus.system.RelayedEvent}: an {@code @Externalized} event implementing it is
 *       sent to RabbitMQ after its transaction commits, at least once (the outbox relay, ADR 0011,
 *       0027); {@link io.pytopus.system.Outbox} and {@link io.pytopus.system.WriteAlong} let a hot
 *       path write its events within its own statement (ADR 0028);
 *   <li>{@link io.pytopus.system.IdempotencyKey}: a handler that takes it records the request's
 *       {@code Idempotency-Key} in its own write instead of having it claimed around it (ADR 0028);
 *   <li>{@link io.pytopus.system.Exchanges}, {@link io.pytopus.system.WorkerRole}: the shared
 *       exchanges, and the role condition and listener container factory of RabbitMQ consumers;
 *   <li>{@link io.pytopus.system.ConditionalOnRole}: a bean only processes playing a role of
 *       {@code pytopus.roles} ({@code api}, {@code worker}) create.
 * </ul>
 */
@ApplicationModule(displayName = "System")
package io.pytopus.system;

import org.springframework.modulith.ApplicationModule;
