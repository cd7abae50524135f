/**
 * The journal: what happened to each octopus, in words ("Inky learned SPIN after 3 tries."), served
 * to its owner at {@code GET /api/v1/pets/{id}/journal}, and searched there with {@code ?q=}
 * through the search module.
 *
 * <p>A worker consumes the pet's events and the reef's visits from the {@code pytopus.journal}
 * queue, bound to {@code pytopus.events} with {@code pet.#}, {@code reef.pet-waved} and {@code
 * reef.snack-given}, and writes one entry per event, at most once per event id. Its public API is
 * {@link io.pytopus.journal.JournalEntryWritten}, published with each new entry for the search
 * index.
 */
@ApplicationModule(displayName = "Journal")
package io.pytopus.journal;

import org.springframework.modulith.ApplicationModule;
