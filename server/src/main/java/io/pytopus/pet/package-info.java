/**
 * The octopus itself: hatching, care actions, vacations and release, through the pet API.
 *
 * <p>The model lives in {@code simulation} (pure, no I/O, exposed as a named interface so events and
 * other modules can speak its vocabulary); {@code care} stores snapshots in PostgreSQL with a Redis
 * cache in front; {@code web} is the REST API.
 */
@ApplicationModule(displayName = "Pet")
package io.pytopus.pet;

import org.springframework.modulith.ApplicationModule;
