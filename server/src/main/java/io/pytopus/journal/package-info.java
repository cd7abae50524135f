/**
 * The journal: what happened to each octopus, in words ("Inky learned SPIN after 3 tries."), served
 * to its owner at {@code GET /api/v1/pets/{id}/journal}, and searched there with {@code ?q=}
 * through the search module.
 *
 * <p>A worker consumes the pet's events, the reef's visits and the achievements pets earn from the
 * {@code pytopus.journal} queue, bound to {@code pytopus.events} with {@code pet.#}, {@code
 * reef.pet-waved}, {@code reef.snack-given} and {@code achievement.unlocked}, and writes one entry per
 * event ("Inky earned the First trick achievement!" for an achievement a pet earned), at most once per
 * event id. The journal is part of the user's data export. Its public API is {@link
 * io.pytopus.journal.JournalEntryWritten}, published with each new entry for the search index.
 */
@ApplicationModule(displayName = "Journal")
package io.pytopus.journal;

import org.springframework.modulith.ApplicationModule;
