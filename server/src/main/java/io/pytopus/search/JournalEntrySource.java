package io.pytopus.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The journal as stored in PostgreSQL, for a reindex. The journal module implements it, so this
 * module needs neither its tables nor a dependency on it.
 */
public interface JournalEntrySource {

    /** How many entries there are. */
    long count();

    /** Up to {@code limit} entries with a position greater than {@code afterPosition}, in position order. */
    List<Entry> after(long afterPosition, int limit);

    /**
     * One journal entry.
     *
     * @param position its place in the journal's storage order: keyset paging
     * @param entryId its public id
     */
    record Entry(long position, UUID entryId, UUID petId, UUID ownerId, String type, String text, Instant occurredAt) {}
}
