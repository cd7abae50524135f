package io.pytopus.pet.web;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import io.pytopus.pet.care.ActionType;
import io.pytopus.pet.care.PetCare;
import io.pytopus.system.IdempotencyKey;
import io.pytopus.system.ProblemException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pet API: hatch, look after and settle one's own octopuses. */
@RestController
@RequestMapping("/api/v1/pets")
class PetController {

    private final PetCare care;

    PetController(PetCare care) {
        this.care = care;
    }

    @GetMapping
    List<PetResponse> myPets(@CurrentUser PytopusUser user) {
        return care.list(user.id()).stream().map(PetResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<PetResponse> hatch(@CurrentUser PytopusUser user, @Valid @RequestBody HatchRequest request) {
        var pet = PetResponse.of(care.hatch(user.id(), request.name().strip(), request.species(), request.color()));
        return ResponseEntity.created(URI.create("/api/v1/pets/" + pet.id())).body(pet);
    }

    @GetMapping("/{id}")
    PetResponse pet(@CurrentUser PytopusUser user, @PathVariable UUID id) {
        return PetResponse.of(care.get(user.id(), id));
    }

    @PatchMapping("/{id}")
    PetResponse update(
            @CurrentUser PytopusUser user, @PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
        var name = request.name() == null ? null : request.name().strip();
        var bio = request.bio() == null ? null : request.bio().strip();
        return PetResponse.of(care.update(user.id(), id, name, request.isPublic(), bio));
    }

    /**
     * The hot path of care (ADR 0028): the web app sends an {@code Idempotency-Key} with every action,
     * and it is recorded in the action's own write rather than claimed around it.
     */
    @PostMapping("/{id}/actions")
    ActionResponse act(
            @CurrentUser PytopusUser user,
            @PathVariable UUID id,
            @Valid @RequestBody ActionRequest request,
            IdempotencyKey idempotencyKey) {
        if (!request.type().isCare()) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "INVALID_ACTION",
                    "Vacations and release have their own routes: /vacation and /release.");
        }
        return care.act(user.id(), id, request.type(), request.item(), idempotencyKey, ActionResponse::of);
    }

    @PostMapping("/{id}/vacation")
    ActionResponse startVacation(@CurrentUser PytopusUser user, @PathVariable UUID id) {
        return ActionResponse.of(care.act(user.id(), id, ActionType.START_VACATION, null));
    }

    @DeleteMapping("/{id}/vacation")
    ActionResponse endVacation(@CurrentUser PytopusUser user, @PathVariable UUID id) {
        return ActionResponse.of(care.act(user.id(), id, ActionType.END_VACATION, null));
    }

    @PostMapping("/{id}/release")
    ActionResponse release(@CurrentUser PytopusUser user, @PathVariable UUID id) {
        return ActionResponse.of(care.act(user.id(), id, ActionType.RELEASE, null));
    }

    @GetMapping("/{id}/history")
    List<ActionResponse.Applied> history(@CurrentUser PytopusUser user, @PathVariable UUID id) {
        return care.history(user.id(), id).stream()
                .map(ActionResponse.Applied::of)
                .toList();
    }
}
