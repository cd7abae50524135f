package io.pytopus.journal.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a pet's journal, as the API shows it.
 *
 * @param id the id of the event it tells of
 * @param type the event's type ({@code CareGiven}, {@code TrickLearned}, …)
 * @param text the sentence
 * @param highlight in a search ({@code ?q=}) only: the sentence, HTML-escaped, with the matching
 *     words in {@code <em>…</em>}; absent otherwise
 */
record JournalEntry(
        UUID id,
        String type,
        String text,
        Instant occurredAt,
        @Nullable String highlight) {

    JournalEntry(UUID id, String type, String text, Instant occurredAt) {
        this(id, type, text, occurredAt, null);
    }
}
