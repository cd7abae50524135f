package io.pytopus.search.internal;

import io.pytopus.search.SearchIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indices behind each alias (ADR 0020). {@code pets} and {@code journal} are aliases of one
 * versioned index each ({@code pets-v3}), created from the mapping and settings in {@code
 * classpath:search/<alias>.json}. While a reindex builds the next version, a second alias {@code
 * <alias>-next} points at it, and writers write to both.
 */
final class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final SearchEngine engine;
    private final long aliasCacheNanos;
    private final Map<SearchIndex, Targets> targets = new EnumMap<>(SearchIndex.class);

    SearchIndexes(SearchEngine engine, Duration aliasCacheTtl) {
        this.engine = engine;
        this.aliasCacheNanos = aliasCacheTtl.toNanos();
    }

    /** The alias of the index a reindex is building, such as {@code pets-next}. */
    static String nextAlias(SearchIndex index) {
        return index.alias() + "-next";
    }

    /** The name of a version of the index, such as {@code pets-v3}. */
    static String versioned(SearchIndex index, int version) {
        return index.alias() + "-v" + version;
    }

    /** The mapping and settings of an index, from its resource file. */
    ObjectNode definition(SearchIndex index) {
        String resource = "/search/" + index.alias() + ".json";
        try (InputStream in = SearchIndexes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing index definition " + resource);
            }
            return (ObjectNode) engine.json().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the first version of each index that has no alias yet, with its alias. Safe to run in
     * many processes at once: a losing creator finds the index there.
     *
     * @throws SearchEngine.EngineUnavailableException when OpenSearch cannot be reached
     */
    void ensureAll() {
        for (SearchIndex index : SearchIndex.values()) {
            ensure(index);
        }
    }

    void ensure(SearchIndex index) {
        if (current(index).isPresent()) {
            return;
        }
        String name = versioned(index, nextVersion(index));
        var body = definition(index);
        body.putObject("aliases").putObject(index.alias());
        var reply = engine.send("PUT", "/" + name, Map.of(), body);
        if (!reply.ok() && !alreadyExists(reply)) {
            throw new SearchEngine.EngineRejectedException("PUT /" + name, reply);
        }
        if (reply.ok()) {
            log.info("Created search index {} behind alias {}", name, index.alias());
        }
        invalidate(index);
    }

    private static boolean alreadyExists(SearchEngine.Reply reply) {
        return reply.status() == 400
                && reply.body().path("error").path("type").asString("").equals("resource_already_exists_exception");
    }

    /** The index the alias points to, if the alias exists. */
    Optional<String> current(SearchIndex index) {
        return indicesOf(index.alias()).stream().findFirst();
    }

    /** The index a reindex is building, if one is. */
    Optional<String> next(SearchIndex index) {
        return indicesOf(nextAlias(index)).stream().findFirst();
    }

    private List<String> indicesOf(String alias) {
        var reply = engine.send("GET", "/_cat/aliases/" + alias, Map.of("format", "json", "h", "alias,index"), null);
        if (!reply.ok()) {
            throw new SearchEngine.EngineRejectedException("GET /_cat/aliases/" + alias, reply);
        }
        var indices = new ArrayList<String>();
        for (JsonNode row : reply.body()) {
            if (alias.equals(row.path("alias").asString())) {
                indices.add(row.path("index").asString());
            }
        }
        return indices;
    }

    /** One more than the highest version of the index that exists, aliased or not. */
    int nextVersion(SearchIndex index) {
        var reply = engine.send(
                "GET", "/_cat/indices/" + index.alias() + "-v*", Map.of("format", "json", "h", "index"), null);
        var pattern = Pattern.compile(Pattern.quote(index.alias() + "-v") + "(\\d+)");
        int highest = 0;
        if (reply.ok()) {
            for (JsonNode row : reply.body()) {
                var matcher = pattern.matcher(row.path("index").asString(""));
                if (matcher.matches()) {
                    highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return highest + 1;
    }

    /**
     * The indices a document change must reach: the alias's index and, during a reindex, the one
     * being built. Cached for {@code aliasCacheTtl}; a reindex waits longer than that before it
     * reads PostgreSQL. Creates the index first if it does not exist yet.
     */
    synchronized List<String> writeTargets(SearchIndex index) {
        long now = System.nanoTime();
        var cached = targets.get(index);
        if (cached != null && now - cached.readAt() < aliasCacheNanos) {
            return cached.indices();
        }
        var indices = new ArrayList<String>();
        current(index).ifPresentOrElse(indices::add, () -> {
            ensure(index);
            current(index).ifPresent(indices::add);
        });
        next(index).filter(name -> !indices.contains(name)).ifPresent(indices::add);
        targets.put(index, new Targets(List.copyOf(indices), now));
        return List.copyOf(indices);
    }

    synchronized void invalidate(SearchIndex index) {
        targets.remove(index);
    }

    private record Targets(List<String> indices, long readAt) {}
}
