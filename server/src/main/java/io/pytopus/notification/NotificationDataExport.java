package io.pytopus.notification;

import io.pytopus.account.AccountDataExport;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The notifications part of a user's data export, oldest first. */
@Component
class NotificationDataExport implements AccountDataExport {

    private final NotificationRepository notifications;

    NotificationDataExport(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object exportFor(UUID userId) {
        return notifications.allOf(userId).stream()
                .map(NotificationPage.Item::of)
                .toList();
    }
}
