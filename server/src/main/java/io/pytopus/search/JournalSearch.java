package io.pytopus.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Full-text search in one octopus's journal (English stemming, so "played" finds "plays"). The
 * caller checks that {@code ownerId} owns the pet; the query also filters on both ids, so another
 * user's entries can never come back.
 */
public interface JournalSearch {

    /**
     * One page of the entries matching {@code query}, best match first, then newest.
     *
     * @throws io.pytopus.system.ProblemException 503 {@code SEARCH_UNAVAILABLE}, with {@code
     *     Retry-After}, while OpenSearch cannot answer
     */
    Hits search(UUID ownerId, UUID petId, String query, int page, int size);

    /**
     * @param total how many entries match in all
     */
    record Hits(List<Hit> hits, long total) {

        public Hits {
            hits = List.copyOf(hits);
        }
    }

    /**
     * One matching entry.
     *
     * @param entryId the entry's id, as the journal API shows it
     * @param highlight the text, HTML-escaped, with the matching words in {@code <em>…</em>}
     */
    record Hit(UUID entryId, String type, String text, String highlight, Instant occurredAt) {}
}
