package io.pytopus.notification;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page of the user's notifications, newest first.
 *
 * @param total how many notifications the user has in all
 * @param unread how many of them are unread
 */
record NotificationPage(
        @Schema(requiredMode = REQUIRED) List<Item> items,
        @Schema(requiredMode = REQUIRED) int page,
        @Schema(requiredMode = REQUIRED) int size,
        @Schema(requiredMode = REQUIRED) long total,
        @Schema(requiredMode = REQUIRED) long unread) {

    /** One notification; {@code kind} is stable (the need, such as {@code HUNGRY}), the words are not. */
    record Item(
            @Schema(requiredMode = REQUIRED) UUID id,

            @Schema(description = "The octopus it is about, if any.") @Nullable
            UUID petId,

            @Schema(requiredMode = REQUIRED, example = "HUNGRY")
            String kind,

            @Schema(requiredMode = REQUIRED, example = "Inky is hungry")
            String title,

            @Schema(requiredMode = REQUIRED) String body,
            @Schema(requiredMode = REQUIRED) Instant createdAt,
            @Schema(requiredMode = REQUIRED) boolean read,

            @Schema(description = "Absent while unread.") @Nullable
            Instant readAt) {

        static Item of(Notification n) {
            return new Item(
                    n.id(), n.petId(), n.kind(), n.title(), n.body(), n.createdAt(), n.readAt() != null, n.readAt());
        }
    }
}
