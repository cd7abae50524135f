/**
 * Cross-cutting concerns every module relies on: errors as RFC 9457 problem documents, web
 * configuration (serving the single-page app), and, later, security and observability.
 *
 * <p>Its public API is {@link io.pytopus.system.ProblemException}: a module throws it to answer
 * with a problem document carrying a stable {@code code}.
 */
@ApplicationModule(displayName = "System")
package io.pytopus.system;

import org.springframework.modulith.ApplicationModule;
