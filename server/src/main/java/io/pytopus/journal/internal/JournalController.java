package io.pytopus.journal.internal;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import io.pytopus.pet.PetOwnership;
import io.pytopus.search.JournalSearch;
import io.pytopus.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pet's journal, for its owner only: another user's pet is a 404, exactly as in the pet API. The
 * journal is written by a worker shortly after each event, so an action's entry may lag its response
 * by a moment. With {@code q} it is searched in OpenSearch (the search module), best match first.
 */
@RestController
class JournalController {

    /** OpenSearch serves at most this many hits into a result list (its max_result_window). */
    private static final int SEARCH_WINDOW = 10_000;

    private final JournalRepository journal;
    private final PetOwnership ownership;
    private final JournalSearch search;

    JournalController(JournalRepository journal, PetOwnership ownership, JournalSearch search) {
        this.journal = journal;
        this.ownership = ownership;
        this.search = search;
    }

    @GetMapping("/api/v1/pets/{id}/journal")
    @Operation(summary = "My octopus's journal, newest first; with q, the entries matching q, best first")
    @ApiResponse(responseCode = "404", description = "Not one of my octopuses (`NOT_FOUND`).")
    @ApiResponse(
            responseCode = "503",
            description = "With q only: search is down for a moment (`SEARCH_UNAVAILABLE`, with `Retry-After`);"
                    + " the journal without q still works.")
    JournalPage journal(
            @Parameter(hidden = true) @CurrentUser PytopusUser user,
            @PathVariable UUID id,
            @Parameter(description = "words to search for; typos are forgiven")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    @Nullable
                    String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ownership.requireOwner(user.id(), id);
        if (q == null || q.isBlank()) {
            return JournalPage.of(journal.page(id, page, size), page, size, journal.count(id));
        }
        if ((long) (page + 1) * size > SEARCH_WINDOW) {
            throw new ProblemException(
                            HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields: page.")
                    .withProperty("errors", Map.of("page", "goes past the first " + SEARCH_WINDOW + " matches"));
        }
        var hits = search.search(user.id(), id, q.strip(), page, size);
        var entries = hits.hits().stream()
                .map(hit -> new JournalEntry(hit.entryId(), hit.type(), hit.text(), hit.occurredAt(), hit.highlight()))
                .toList();
        return JournalPage.of(entries, page, size, hits.total());
    }
}
