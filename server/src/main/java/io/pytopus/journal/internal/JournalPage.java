package io.pytopus.journal.internal;

import java.util.List;

/** A page of a pet's journal, newest entry first. */
record JournalPage(List<JournalEntry> entries, int page, int size, long totalEntries, long totalPages) {

    static JournalPage of(List<JournalEntry> entries, int page, int size, long total) {
        return new JournalPage(entries, page, size, total, (total + size - 1) / size);
    }
}
