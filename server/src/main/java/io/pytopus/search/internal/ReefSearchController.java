package io.pytopus.search.internal;

import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searching the public reef; no account needed. */
@RestController
@RequestMapping("/api/v1/reef")
@Tag(name = "Reef", description = "Public octopuses: profiles, waves and snacks.")
class ReefSearchController {

    /** OpenSearch serves at most this many hits into a result list (its max_result_window). */
    static final int RESULT_WINDOW = 10_000;

    private final Searches searches;
    private final SearchProperties properties;

    ReefSearchController(Searches searches, SearchProperties properties) {
        this.searches = searches;
        this.properties = properties;
    }

    @GetMapping("/search")
    @Operation(
            summary = "Search the reef",
            description = "Words match names (with typos forgiven), owners' names and bios. Facet counts"
                    + " per value ignore their own filter. Highlights are HTML-escaped text in which only"
                    + " <em>…</em> marks the matches.")
    @ApiResponse(responseCode = "400", description = "A parameter out of range (`VALIDATION_FAILED`).")
    @ApiResponse(
            responseCode = "503",
            description = "Search is down for a moment (`SEARCH_UNAVAILABLE`, with `Retry-After`).")
    ReefResults search(
            @RequestParam(required = false) @Size(max = 100) @Nullable String q,
            @RequestParam(required = false) @Nullable Species species,
            @RequestParam(required = false) @Nullable Stage stage,
            @RequestParam(required = false) @Nullable Personality personality,
            @Parameter(description = "relevance (default), age (oldest first) or waves (most first)")
                    @RequestParam(defaultValue = "relevance")
                    String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(RESULT_WINDOW) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
        var order = ReefQuery.Order.parse(sort).orElseThrow(() -> invalid("sort", "must be relevance, age or waves"));
        if (size > properties.maxPageSize()) {
            throw invalid("size", "must be at most " + properties.maxPageSize());
        }
        if ((long) (page + 1) * size > RESULT_WINDOW) {
            throw invalid("page", "goes past the first " + RESULT_WINDOW + " results; narrow the search");
        }
        var text = q == null || q.isBlank() ? null : q.strip();
        return searches.reef(new ReefQuery(text, species, stage, personality, order, page, size));
    }

    @GetMapping("/suggest")
    @Operation(summary = "Names of the reef that start with what was typed (each word counts)")
    @ApiResponse(responseCode = "400", description = "No prefix, or too long (`VALIDATION_FAILED`).")
    @ApiResponse(
            responseCode = "503",
            description = "Search is down for a moment (`SEARCH_UNAVAILABLE`, with `Retry-After`).")
    ReefResults.Suggestions suggest(
            @RequestParam @Size(min = 1, max = 24) String prefix,
            @RequestParam(defaultValue = "8") @Min(1) @Max(10) int size) {
        if (prefix.isBlank()) {
            return new ReefResults.Suggestions(List.of());
        }
        return searches.suggest(prefix.strip(), size);
    }

    static ProblemException invalid(String parameter, String rule) {
        return new ProblemException(
                        HttpStatus.BAD_REQUEST,
                        "VALIDATION_FAILED",
                        "The request has invalid fields: " + parameter + ".")
                .withProperty("errors", Map.of(parameter, rule));
    }
}
