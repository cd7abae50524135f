package io.pytopus.reef.internal;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import io.pytopus.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reef's profiles and visits. Searching the reef is the search module's part of this API. */
@RestController
@RequestMapping("/api/v1/reef/pets")
@Tag(name = "Reef", description = "Public octopuses: profiles, waves and snacks.")
class ReefController {

    private final ReefDirectory profiles;
    private final Visits visits;

    ReefController(ReefDirectory profiles, Visits visits) {
        this.profiles = profiles;
        this.visits = visits;
    }

    @GetMapping("/{id}")
    @Operation(summary = "The public profile of an octopus of the reef; no account needed")
    @ApiResponse(responseCode = "404", description = "Private, gone to the sea, or unknown (`NOT_FOUND`).")
    ReefPetResponse profile(@PathVariable UUID id) {
        return profiles.profile(id)
                .map(ReefPetResponse::of)
                .orElseThrow(() -> ProblemException.notFound("The octopus"));
    }

    @PostMapping("/{id}/wave")
    @Operation(summary = "Wave at someone's octopus: once per octopus per hour")
    @ApiResponse(responseCode = "404", description = "Not in the reef (`NOT_FOUND`).")
    @ApiResponse(
            responseCode = "409",
            description = "Your own octopus (`OWN_PET`), or you waved within the hour (`ALREADY_WAVED`,"
                    + " with `retryAfterSeconds`).")
    @ApiResponse(responseCode = "429", description = "Too many visits in a short time (`RATE_LIMITED`).")
    Waves wave(@Parameter(hidden = true) @CurrentUser PytopusUser visitor, @PathVariable UUID id) {
        return new Waves(visits.wave(visitor, id));
    }

    @PostMapping("/{id}/snack")
    @Operation(summary = "Give someone's octopus a snack: one a day (UTC) per octopus")
    @ApiResponse(responseCode = "404", description = "Not in the reef (`NOT_FOUND`).")
    @ApiResponse(
            responseCode = "409",
            description = "Your own octopus (`OWN_PET`), or it had your snack today (`SNACK_ALREADY_GIVEN`,"
                    + " with `nextSnackAt`).")
    @ApiResponse(responseCode = "429", description = "Too many visits in a short time (`RATE_LIMITED`).")
    Snacks snack(@Parameter(hidden = true) @CurrentUser PytopusUser visitor, @PathVariable UUID id) {
        return new Snacks(visits.snack(visitor, id));
    }

    /** @param waves the waves the octopus has received in all */
    record Waves(long waves) {}

    /** @param snacks the snacks the octopus has received in all */
    record Snacks(long snacks) {}
}
