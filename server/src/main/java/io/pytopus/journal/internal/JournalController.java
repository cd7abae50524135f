package io.pytopus.journal.internal;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import io.pytopus.pet.PetOwnership;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pet's journal, for its owner only: another user's pet is a 404, exactly as in the pet API. The
 * journal is written by a worker shortly after each event, so an action's entry may lag its response
 * by a moment.
 */
@RestController
class JournalController {

    private final JournalRepository journal;
    private final PetOwnership ownership;

    JournalController(JournalRepository journal, PetOwnership ownership) {
        this.journal = journal;
        this.ownership = ownership;
    }

    @GetMapping("/api/v1/pets/{id}/journal")
    JournalPage journal(
            @CurrentUser PytopusUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ownership.requireOwner(user.id(), id);
        return JournalPage.of(journal.page(id, page, size), page, size, journal.count(id));
    }
}
