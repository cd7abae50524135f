package io.pytopus.journal.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a pet's journal, as the API shows it.
 *
 * @param id the id of the event it tells of
 * @param type the event's type ({@code CareGiven}, {@code TrickLearned}, …)
 * @param text the sentence
 */
record JournalEntry(UUID id, String type, String text, Instant occurredAt) {}
