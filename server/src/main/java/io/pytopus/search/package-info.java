/**
 * Search over selected data from PostgreSQL: the public reef and the journal, in OpenSearch.
 *
 * <p>The index is derived data: it can be rebuilt from PostgreSQL at any time, and when OpenSearch
 * is down only search degrades (DESIGN §3).
 */
@ApplicationModule(displayName = "Search")
package io.pytopus.search;

import org.springframework.modulith.ApplicationModule;
