package io.pytopus.search.internal;

import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Trick;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reef's queries as OpenSearch JSON, and their answers as API values. Pure: no I/O, so the
 * benchmark runs exactly these queries.
 *
 * <p>Every query filters on {@code public} and {@code present} in its {@code query} part (not a
 * post-filter), so hits, totals and facets alike only ever count pets of the reef.
 */
final class ReefQueries {

    private static final String EM = "<em>";
    private static final String EM_END = "</em>";

    private final JsonMapper json;

    ReefQueries(JsonMapper json) {
        this.json = json;
    }

    /**
     * Fuzzy words in the name (weighted most), the owner's name and the bio, plus a boost for names
     * that start with the words; filters on species, stage and personality as a post-filter, so
     * each facet can count its values under the other two filters.
     */
    ObjectNode search(ReefQuery query) {
        var body = json.createObjectNode();
        body.put("from", query.page() * query.size());
        body.put("size", query.size());
        body.put("track_total_hits", true);
        var bool = body.putObject("query").putObject("bool");
        var filter = bool.putArray("filter");
        reefOnly(filter);
        if (query.text() == null || query.text().isBlank()) {
            bool.putArray("must").addObject().putObject("match_all");
        } else {
            var words = bool.putArray("must").addObject().putObject("bool");
            words.put("minimum_should_match", 1);
            var should = words.putArray("should");
            var multi = should.addObject().putObject("multi_match");
            multi.put("query", query.text());
            multi.putArray("fields").add("name^3").add("ownerName").add("bio");
            // One typo forgiven up to 7 letters, two from 8: two-edit automata over 100k names cost the most.
            multi.put("fuzziness", "AUTO:4,8");
            multi.put("prefix_length", 1);
            var prefix = should.addObject().putObject("match").putObject("name.prefix");
            prefix.put("query", query.text());
            prefix.put("operator", "and");
            prefix.put("boost", 2);
        }
        var chosen = chosenFilters(query);
        if (!chosen.isEmpty()) {
            var post = body.putObject("post_filter").putObject("bool").putArray("filter");
            chosen.values().forEach(post::add);
        }
        var aggs = body.putObject("aggs");
        for (String facet : List.of("species", "stage", "personality")) {
            var aggregation = aggs.putObject(facet);
            var others = aggregation.putObject("filter").putObject("bool").putArray("filter");
            chosen.forEach((field, term) -> {
                if (!field.equals(facet)) {
                    others.add(term);
                }
            });
            aggregation
                    .putObject("aggs")
                    .putObject("values")
                    .putObject("terms")
                    .put("field", facet)
                    .put("size", 20);
        }
        var highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add(EM);
        highlight.putArray("post_tags").add(EM_END);
        highlight.put("encoder", "html");
        var fields = highlight.putObject("fields");
        fields.putObject("name").put("number_of_fragments", 0);
        fields.putObject("name.prefix").put("number_of_fragments", 0);
        fields.putObject("bio").put("number_of_fragments", 1).put("fragment_size", 150);
        sort(body.putArray("sort"), query.order());
        return body;
    }

    /** Names that start with the prefix (each word of a name counts), best first. */
    ObjectNode suggest(String prefix, int size) {
        var body = json.createObjectNode();
        body.put("size", size);
        body.putArray("_source").add("id").add("name").add("species").add("stage");
        var bool = body.putObject("query").putObject("bool");
        reefOnly(bool.putArray("filter"));
        var match = bool.putArray("must").addObject().putObject("match").putObject("name.prefix");
        match.put("query", prefix);
        match.put("operator", "and");
        var sort = body.putArray("sort");
        sort.add("_score");
        sort.addObject().putObject("waves").put("order", "desc");
        sort.addObject().putObject("name.sort").put("order", "asc");
        return body;
    }

    ReefResults results(JsonNode response, ReefQuery query) {
        var items = new ArrayList<ReefResults.Item>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            var source = hit.path("_source");
            var highlights = new LinkedHashMap<String, String>();
            var marked = hit.path("highlight");
            String name = first(marked.path("name"));
            if (name == null) {
                name = first(marked.path("name.prefix"));
            }
            if (name != null) {
                highlights.put("name", name);
            }
            String bio = first(marked.path("bio"));
            if (bio != null) {
                highlights.put("bio", bio);
            }
            var tricks = new ArrayList<Trick>();
            for (JsonNode trick : source.path("tricks")) {
                tricks.add(Trick.valueOf(trick.asString()));
            }
            items.add(new ReefResults.Item(
                    UUID.fromString(source.path("id").asString()),
                    source.path("name").asString(),
                    Species.valueOf(source.path("species").asString()),
                    Stage.valueOf(source.path("stage").asString()),
                    source.hasNonNull("personality")
                            ? Personality.valueOf(source.path("personality").asString())
                            : null,
                    tricks,
                    source.path("ownerName").asString(),
                    source.hasNonNull("bio") ? source.path("bio").asString() : null,
                    source.path("waves").asLong(),
                    Instant.parse(source.path("hatchedAt").asString()),
                    source.path("color").asString(),
                    highlights));
        }
        var facets = new LinkedHashMap<String, Map<String, Long>>();
        facets.put("species", facet(response, "species", names(Species.values())));
        facets.put("stage", facet(response, "stage", names(Stage.values())));
        var personalities = new ArrayList<String>();
        for (Personality personality : Personality.values()) {
            if (personality != Personality.UNFORMED) {
                personalities.add(personality.name());
            }
        }
        facets.put("personality", facet(response, "personality", personalities));
        long total = response.path("hits").path("total").path("value").asLong();
        return new ReefResults(items, query.page(), query.size(), total, facets);
    }

    ReefResults.Suggestions suggestions(JsonNode response) {
        var suggestions = new ArrayList<ReefResults.Suggestion>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            var source = hit.path("_source");
            suggestions.add(new ReefResults.Suggestion(
                    UUID.fromString(source.path("id").asString()),
                    source.path("name").asString(),
                    Species.valueOf(source.path("species").asString()),
                    Stage.valueOf(source.path("stage").asString())));
        }
        return new ReefResults.Suggestions(suggestions);
    }

    /** An empty page, for a reef whose index does not exist yet. */
    ReefResults empty(ReefQuery query) {
        return results(json.createObjectNode(), query);
    }

    private void reefOnly(ArrayNode filter) {
        filter.addObject().putObject("term").put("public", true);
        filter.addObject().putObject("term").put("present", true);
    }

    private Map<String, ObjectNode> chosenFilters(ReefQuery query) {
        var chosen = new LinkedHashMap<String, ObjectNode>();
        if (query.species() != null) {
            chosen.put("species", term("species", query.species().name()));
        }
        if (query.stage() != null) {
            chosen.put("stage", term("stage", query.stage().name()));
        }
        if (query.personality() != null) {
            chosen.put("personality", term("personality", query.personality().name()));
        }
        return chosen;
    }

    private ObjectNode term(String field, String value) {
        var term = json.createObjectNode();
        term.putObject("term").put(field, value);
        return term;
    }

    private static void sort(ArrayNode sort, ReefQuery.Order order) {
        switch (order) {
            case RELEVANCE -> {
                sort.add("_score");
                sort.addObject().putObject("waves").put("order", "desc");
            }
            case AGE -> sort.addObject().putObject("bornAt").put("order", "asc");
            case WAVES -> {
                sort.addObject().putObject("waves").put("order", "desc");
                sort.add("_score");
            }
        }
        sort.addObject().putObject("id").put("order", "asc");
    }

    private static Map<String, Long> facet(JsonNode response, String name, List<String> values) {
        var counts = new LinkedHashMap<String, Long>();
        values.forEach(value -> counts.put(value, 0L));
        for (JsonNode bucket :
                response.path("aggregations").path(name).path("values").path("buckets")) {
            String key = bucket.path("key").asString();
            if (counts.containsKey(key)) {
                counts.put(key, bucket.path("doc_count").asLong());
            }
        }
        return counts;
    }

    private static List<String> names(Enum<?>[] values) {
        var names = new ArrayList<String>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    private static @Nullable String first(JsonNode fragments) {
        return fragments.isArray() && !fragments.isEmpty() ? fragments.get(0).asString() : null;
    }
}
