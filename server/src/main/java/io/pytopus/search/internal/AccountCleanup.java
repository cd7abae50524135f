package io.pytopus.search.internal;

import io.pytopus.account.AccountDeleted;
import io.pytopus.search.SearchIndex;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Removes a deleted account's pets and journal entries from the indices. Runs after the deletion
 * commits, tracked by the outbox: while OpenSearch is down it fails and is resubmitted later. Until
 * then searches already leave those pets out, as they are checked against PostgreSQL.
 */
@Component
class AccountCleanup {

    private final SearchEngine engine;
    private final SearchIndexes indexes;

    AccountCleanup(@Qualifier(SearchConfiguration.WRITES) SearchEngine engine, SearchIndexes indexes) {
        this.engine = engine;
        this.indexes = indexes;
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        var query = engine.json().createObjectNode();
        query.putObject("query")
                .putObject("term")
                .put("ownerId", deleted.userId().toString());
        for (SearchIndex index : SearchIndex.values()) {
            var targets = String.join(",", indexes.writeTargets(index));
            engine.require("POST", "/" + targets + "/_delete_by_query", Map.of("conflicts", "proceed"), query);
        }
    }
}
