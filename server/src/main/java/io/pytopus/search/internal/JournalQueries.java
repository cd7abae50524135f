package io.pytopus.search.internal;

import io.pytopus.search.JournalSearch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journal's full-text query as OpenSearch JSON, and its answer. Pure, like {@link ReefQueries}.
 * Both the owner and the pet are filters of the query itself: a caller that forgot the ownership
 * check still could not read another user's journal.
 */
final class JournalQueries {

    private final JsonMapper json;

    JournalQueries(JsonMapper json) {
        this.json = json;
    }

    /** Every word must match (each allowing a typo), best match first, then newest. */
    ObjectNode search(UUID ownerId, UUID petId, String text, int page, int size) {
        var body = json.createObjectNode();
        body.put("from", page * size);
        body.put("size", size);
        body.put("track_total_hits", true);
        var bool = body.putObject("query").putObject("bool");
        var filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("ownerId", ownerId.toString());
        filter.addObject().putObject("term").put("petId", petId.toString());
        var match = bool.putArray("must").addObject().putObject("match").putObject("text");
        match.put("query", text);
        match.put("operator", "and");
        match.put("fuzziness", "AUTO");
        match.put("prefix_length", 1);
        var highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        highlight.put("encoder", "html");
        highlight.putObject("fields").putObject("text").put("number_of_fragments", 0);
        var sort = body.putArray("sort");
        sort.add("_score");
        sort.addObject().putObject("occurredAt").put("order", "desc");
        return body;
    }

    JournalSearch.Hits hits(JsonNode response) {
        var hits = new ArrayList<JournalSearch.Hit>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            var source = hit.path("_source");
            var fragments = hit.path("highlight").path("text");
            String text = source.path("text").asString();
            hits.add(new JournalSearch.Hit(
                    UUID.fromString(source.path("entryId").asString()),
                    source.path("type").asString(),
                    text,
                    fragments.isArray() && !fragments.isEmpty()
                            ? fragments.get(0).asString()
                            : escape(text),
                    Instant.parse(source.path("occurredAt").asString())));
        }
        return new JournalSearch.Hits(
                hits, response.path("hits").path("total").path("value").asLong());
    }

    /** The same escaping as OpenSearch's {@code html} highlight encoder. */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                case '/' -> escaped.append("&#x2F;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
