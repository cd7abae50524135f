package io.pytopus.pet;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * The owner changed what the reef shows of the octopus ({@code PATCH /api/v1/pets/{id}}): its name,
 * its bio, or whether it is public. Published only when something actually changed, so the search
 * index and the journal follow.
 *
 * @param petName the name after the change
 * @param previousName the name before the change, or {@code null} when the name did not change
 * @param isPublic whether the octopus is shown in the public reef after the change
 * @param visibilityChanged whether this change showed or hid it
 * @param bioChanged whether this change wrote, replaced or removed its bio
 */
@Externalized("pytopus.events::pet.profile-changed")
public record PetProfileChanged(
        UUID eventId,
        UUID petId,
        UUID ownerId,
        String petName,
        Instant occurredAt,
        @Nullable String previousName,
        boolean isPublic,
        boolean visibilityChanged,
        boolean bioChanged)
        implements PetEvent {}
