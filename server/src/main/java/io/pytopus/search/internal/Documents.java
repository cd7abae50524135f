package io.pytopus.search.internal;

import io.pytopus.pet.PublicPet;
import io.pytopus.reef.ReefProfile;
import io.pytopus.search.JournalEntrySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents of the two indices, as their mappings ({@code search/*.json}) define them. A pet's
 * document exists only while the pet is public and in its owner's care; {@code public} and {@code
 * present} are still written, and every query filters on them, as a second line of defence.
 */
final class Documents {

    private Documents() {}

    static ObjectNode pet(JsonMapper json, ReefProfile profile) {
        PublicPet pet = profile.pet();
        var doc = json.createObjectNode();
        doc.put("id", pet.id().toString());
        doc.put("ownerId", pet.ownerId().toString());
        doc.put("name", pet.name());
        doc.put("ownerName", profile.ownerName());
        if (pet.bio() != null) {
            doc.put("bio", pet.bio());
        }
        doc.put("species", pet.species().name());
        doc.put("stage", pet.stage().name());
        if (pet.personality() != null) {
            doc.put("personality", pet.personality().name());
        }
        var tricks = doc.putArray("tricks");
        pet.tricks().forEach(trick -> tricks.add(trick.name()));
        doc.put("waves", profile.waves());
        doc.put("hatchedAt", pet.hatchedAt().toString());
        doc.put("bornAt", pet.bornAt().toString());
        doc.put("color", pet.color());
        doc.put("public", true);
        doc.put("present", true);
        return doc;
    }

    static ObjectNode journalEntry(JsonMapper json, JournalEntrySource.Entry entry) {
        var doc = json.createObjectNode();
        doc.put("entryId", entry.entryId().toString());
        doc.put("petId", entry.petId().toString());
        doc.put("ownerId", entry.ownerId().toString());
        doc.put("type", entry.type());
        doc.put("text", entry.text());
        doc.put("occurredAt", entry.occurredAt().toString());
        return doc;
    }
}
