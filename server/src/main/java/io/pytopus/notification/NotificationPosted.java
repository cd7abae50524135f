package io.pytopus.notification;

import io.pytopus.system.RelayedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A notification was written for a user (a nudge about one of their octopuses), published in the
 * transaction that inserted it and relayed to {@code pytopus.events} as {@code notification.posted}.
 * The web app refetches its notifications and unread count on it; the email worker mails it to owners
 * who opted in.
 *
 * @param notificationId the notification's id in {@code GET /api/v1/notifications}
 * @param userId whose it is
 * @param petId the octopus it is about, or {@code null}
 * @param kind stable and machine-readable, such as {@code HUNGRY}
 * @param title the words, such as "Inky is hungry"
 * @param body what to do about it
 */
@Externalized("pytopus.events::notification.posted")
public record NotificationPosted(
        UUID eventId,
        UUID notificationId,
        UUID userId,
        @Nullable UUID petId,
        String kind,
        String title,
        String body,
        Instant occurredAt)
        implements RelayedEvent {}
