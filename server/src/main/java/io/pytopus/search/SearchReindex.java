package io.pytopus.search;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds an index from PostgreSQL into a new versioned index, then swaps the alias atomically and
 * deletes the old index. Searches keep answering from the old index until the swap, and the event
 * worker writes to both while the new one is built, so nothing is missed. For operators: start the
 * application with {@code --pytopus.search.reindex=pets|journal|all} (ADR 0020).
 */
public interface SearchReindex {

    /**
     * Rebuilds one index, logging progress (documents done, documents per second, time left).
     *
     * @throws io.pytopus.system.ProblemException 503 {@code SEARCH_UNAVAILABLE} when OpenSearch
     *     cannot be reached; the alias then still points at the old index
     */
    Result reindex(SearchIndex index);

    /**
     * A finished reindex.
     *
     * @param index the alias's new index, such as {@code pets-v4}
     * @param previous the index it replaced (now deleted), or {@code null} if there was none
     * @param documents the documents written from PostgreSQL
     */
    record Result(SearchIndex alias, String index, @Nullable String previous, long documents, Duration took) {}
}
