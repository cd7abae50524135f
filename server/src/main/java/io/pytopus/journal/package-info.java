/**
 * The journal: what happened to each octopus, in words ("Inky learned SPIN after 3 tries."), served
 * to its owner at {@code GET /api/v1/pets/{id}/journal}.
 *
 * <p>A worker consumes the pet's events from the {@code pytopus.journal} queue, bound to {@code
 * pytopus.events} with {@code pet.#} and {@code achievement.unlocked}, and writes one entry per event
 * ("Inky earned the First trick achievement!" for an achievement a pet earned), at most once per event
 * id. The journal is part of the user's data export. It has no public API: the pet and achievement
 * modules' events come in, the journal goes out over HTTP.
 */
@ApplicationModule(displayName = "Journal")
package io.pytopus.journal;

import org.springframework.modulith.ApplicationModule;
