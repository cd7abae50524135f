package io.pytopus.search.internal;

import io.pytopus.search.SearchIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes documents in bulk to every index an alias's writes must reach (ADR 0020). Document ids are
 * the ids of what they describe (the pet, the journal entry), so writing one twice is harmless; pet
 * documents carry an external version, so an older copy never overwrites a newer one.
 */
final class IndexWriter {

    private final SearchEngine engine;
    private final SearchIndexes indexes;

    IndexWriter(SearchEngine engine, SearchIndexes indexes) {
        this.engine = engine;
        this.indexes = indexes;
    }

    /**
     * One change: index {@code document} under {@code id}, or delete it when the document is {@code
     * null}. With a {@code version}, the change applies only if no newer version is there.
     */
    record Change(
            String id,
            @Nullable JsonNode document,
            @Nullable Long version) {

        static Change put(String id, JsonNode document, @Nullable Long version) {
            return new Change(id, document, version);
        }

        static Change delete(String id, @Nullable Long version) {
            return new Change(id, null, version);
        }
    }

    /**
     * Writes the changes to the alias's write targets.
     *
     * @return the ids OpenSearch refused for good (a document that breaks the mapping), with the
     *     reason; stale versions and deletes of absent documents are no failures
     * @throws SearchEngine.EngineUnavailableException when OpenSearch is down or refused a change
     *     for now (overloaded): nothing may be taken as written
     */
    Map<String, String> write(SearchIndex index, List<Change> changes) {
        return write(indexes.writeTargets(index), changes);
    }

    /** Writes the changes to the given indices. */
    Map<String, String> write(List<String> targets, List<Change> changes) {
        if (changes.isEmpty() || targets.isEmpty()) {
            return Map.of();
        }
        var json = engine.json();
        var lines = new StringBuilder();
        var order = new ArrayList<String>();
        for (var change : changes) {
            for (var target : targets) {
                ObjectNode action = json.createObjectNode();
                ObjectNode meta = action.putObject(change.document() == null ? "delete" : "index");
                meta.put("_index", target).put("_id", change.id());
                if (change.version() != null) {
                    meta.put("version", change.version()).put("version_type", "external_gte");
                }
                lines.append(json.writeValueAsString(action)).append('\n');
                if (change.document() != null) {
                    lines.append(json.writeValueAsString(change.document())).append('\n');
                }
                order.add(change.id());
            }
        }
        var reply = engine.sendLines("/_bulk", Map.of(), lines.toString());
        if (!reply.ok()) {
            throw new SearchEngine.EngineRejectedException("POST /_bulk", reply);
        }
        if (!reply.body().path("errors").asBoolean(false)) {
            return Map.of();
        }
        var refused = new LinkedHashMap<String, String>();
        int i = 0;
        for (JsonNode item : reply.body().path("items")) {
            String id = order.get(i++);
            JsonNode result = item.path("index").isMissingNode() ? item.path("delete") : item.path("index");
            int status = result.path("status").asInt(200);
            if (status < 300 || status == 409 || (status == 404 && item.has("delete"))) {
                continue;
            }
            if (status == 429 || status >= 500) {
                throw new SearchEngine.EngineUnavailableException(
                        "OpenSearch refused a document for now (" + status + "): " + result.path("error"), null);
            }
            refused.putIfAbsent(id, status + " " + result.path("error"));
        }
        return refused;
    }
}
