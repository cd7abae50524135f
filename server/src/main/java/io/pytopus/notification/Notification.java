package io.pytopus.notification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code notifications}: one message to one user, read or not. */
record Notification(
        UUID id,
        UUID userId,
        @Nullable UUID petId,
        String kind,
        String title,
        String body,
        Instant createdAt,
        @Nullable Instant readAt) {}
