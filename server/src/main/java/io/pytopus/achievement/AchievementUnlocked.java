package io.pytopus.achievement;

import io.pytopus.system.RelayedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A user unlocked an achievement, published in the transaction that stored it, and only by that one:
 * a redelivered pet event unlocks nothing twice, so it publishes nothing.
 *
 * @param userId the owner who unlocked it
 * @param petId the pet that earned it, or {@code null} for an achievement of all the owner's care
 * @param petName that pet's name when it earned it, or {@code null} with {@code petId}; so a consumer
 *     can write "Inky earned the First trick achievement!" without reading the pet module's tables
 * @param occurredAt when it was unlocked: the instant of the pet event that unlocked it
 */
@Externalized("pytopus.events::achievement.unlocked")
public record AchievementUnlocked(
        UUID eventId,
        UUID userId,
        Achievement achievement,
        @Nullable UUID petId,
        @Nullable String petName,
        Instant occurredAt)
        implements RelayedEvent {}
