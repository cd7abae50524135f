package io.pytopus.pet.care;

import io.pytopus.account.AccountDataExport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The pets part of a user's data export: every octopus with its snapshot and full history. */
@Component
class PetDataExport implements AccountDataExport {

    private final PetRepository pets;

    PetDataExport(PetRepository pets) {
        this.pets = pets;
    }

    @Override
    public String section() {
        return "pets";
    }

    @Override
    public Object exportFor(UUID userId) {
        List<Map<String, Object>> export = pets.findByOwner(userId).stream()
                .map(pet -> Map.<String, Object>of(
                        "id", pet.id(),
                        "name", pet.name(),
                        "color", pet.color(),
                        "public", pet.isPublic(),
                        "hatchedAt", pet.createdAt(),
                        "snapshot", pet.state(),
                        "history", pets.history(pet.id())))
                .toList();
        return export;
    }
}
