/**
 * Search over selected data from PostgreSQL: the public reef and the journal, in OpenSearch (ADR
 * 0002, 0015, 0016).
 *
 * <p>The index is derived data: a worker keeps it current from the events on the {@code
 * pytopus.search} queue, and {@link io.pytopus.search.SearchReindex} rebuilds it from PostgreSQL at
 * any time ({@code --pytopus.search.reindex=pets|journal|all}). When OpenSearch is down only search
 * degrades: its endpoints answer 503 {@code SEARCH_UNAVAILABLE} with {@code Retry-After}, and the
 * events wait in the queue until the engine is back (DESIGN §3). Its public API:
 *
 * <ul>
 *   <li>{@link io.pytopus.search.JournalSearch}: full-text search in one pet's journal, for its
 *       owner;
 *   <li>{@link io.pytopus.search.JournalEntrySource}: implemented by the journal module, so a
 *       reindex reads the journal from PostgreSQL without this module knowing its tables;
 *   <li>{@link io.pytopus.search.SearchReindex} and {@link io.pytopus.search.SearchIndex}: rebuild
 *       an index behind its alias.
 * </ul>
 *
 * The reef's search and autocomplete ({@code GET /api/v1/reef/search}, {@code /suggest}) are served
 * here too.
 */
@ApplicationModule(displayName = "Search")
package io.pytopus.search;

import org.springframework.modulith.ApplicationModule;
