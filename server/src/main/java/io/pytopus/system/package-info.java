/**
 * Cross-cutting concerns every module relies on: errors as RFC 9457 problem documents, web
 * configuration (serving the single-page app, the OpenAPI document), security (sessions, CSRF,
 * headers) and rate limits.
 *
 * <p>Its public API:
 *
 * <ul>
 *   <li>{@link io.pytopus.system.ProblemException}: a module throws it to answer with a problem
 *       document carrying a stable {@code code};
 *   <li>{@link io.pytopus.system.RateLimiter} and {@link io.pytopus.system.RateLimit}: Redis-backed
 *       rate limits that fall back to local ones when Redis is down;
 *   <li>{@link io.pytopus.system.PublicEndpoints}: a bean that opens some {@code /api} endpoints to
 *       visitors without a session (everything else under {@code /api} requires one);
 *   <li>{@link io.pytopus.system.ConditionalOnRole}: a bean only processes playing a role of
 *       {@code pytopus.roles} ({@code api}, {@code worker}) create.
 * </ul>
 */
@ApplicationModule(displayName = "System")
package io.pytopus.system;

import org.springframework.modulith.ApplicationModule;
