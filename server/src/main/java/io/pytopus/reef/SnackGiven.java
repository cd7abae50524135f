package io.pytopus.reef;

import io.pytopus.system.RelayedEvent;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A visitor of the reef gave someone's octopus its snack of the day ({@code POST
 * /api/v1/reef/pets/{id}/snack}). A gesture: it does not change the octopus's needs (ADR 0022).
 *
 * @param ownerId whose octopus it is: the user to tell
 * @param petName the octopus's name at the time
 * @param visitorName the visitor's display name at the time
 */
@Externalized("pytopus.events::reef.snack-given")
public record SnackGiven(
        UUID eventId, UUID petId, UUID ownerId, String petName, UUID visitorId, String visitorName, Instant occurredAt)
        implements RelayedEvent {}
