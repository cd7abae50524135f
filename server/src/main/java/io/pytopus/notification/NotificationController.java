package io.pytopus.notification;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import io.pytopus.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Nudges from the user's octopuses.")
class NotificationController {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationController(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first, a page at a time, with the unread count")
    NotificationPage mine(
            @Parameter(hidden = true) @CurrentUser PytopusUser user,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var counts = notifications.counts(user.id());
        var items = notifications.page(user.id(), size, (long) page * size).stream()
                .map(NotificationPage.Item::of)
                .toList();
        return new NotificationPage(items, page, size, counts.total(), counts.unread());
    }

    @GetMapping("/unread-count")
    @Operation(
            summary = "How many of my notifications are unread",
            description = "For the bell: cheaper than a page. Refetch it on each `notification.posted` event.")
    UnreadCount unreadCount(@Parameter(hidden = true) @CurrentUser PytopusUser user) {
        return new UnreadCount(notifications.counts(user.id()).unread());
    }

    /** The unread count alone. */
    record UnreadCount(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long unread) {}

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    @ApiResponse(responseCode = "204", description = "Read (marking it again changes nothing).")
    @ApiResponse(responseCode = "404", description = "No such notification of mine (`NOT_FOUND`).")
    ResponseEntity<Void> markRead(@Parameter(hidden = true) @CurrentUser PytopusUser user, @PathVariable UUID id) {
        if (!notifications.markRead(user.id(), id, clock.instant())) {
            throw ProblemException.notFound("The notification");
        }
        return ResponseEntity.noContent().build();
    }
}
