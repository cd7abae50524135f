package io.pytopus.search.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Trick;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A page of the reef ({@code GET /api/v1/reef/search}).
 *
 * @param total how many pets match the words and every filter
 * @param facets for each of species, stage and personality, how many pets match the words and the
 *     other two filters, per value (every value listed, zeros included): what choosing that value
 *     would give
 */
record ReefResults(List<Item> items, int page, int size, long total, Map<String, Map<String, Long>> facets) {

    ReefResults {
        items = List.copyOf(items);
    }

    /** The same page without the items {@code keep} rejects. */
    ReefResults keeping(Predicate<Item> keep) {
        return new ReefResults(items.stream().filter(keep).toList(), page, size, total, facets);
    }

    /**
     * One pet. {@code personality} and {@code bio} are written out as {@code null} when absent.
     *
     * @param highlights {@code name} and/or {@code bio} where words matched: HTML-escaped text in
     *     which only {@code <em>…</em>} marks the matches
     */
    // Named apart from the notification page's Item: OpenAPI schema names are global.
    @Schema(name = "ReefPet")
    record Item(
            UUID id,
            String name,
            Species species,
            Stage stage,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Personality personality,

            List<Trick> tricks,
            String ownerName,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            String bio,

            long waves,
            Instant hatchedAt,
            String color,
            Map<String, String> highlights) {}

    /** {@code GET /api/v1/reef/suggest}: names that start with what was typed. */
    record Suggestions(List<Suggestion> suggestions) {

        Suggestions {
            suggestions = List.copyOf(suggestions);
        }

        Suggestions keeping(Predicate<Suggestion> keep) {
            return new Suggestions(suggestions.stream().filter(keep).toList());
        }
    }

    record Suggestion(UUID id, String name, Species species, Stage stage) {}
}
