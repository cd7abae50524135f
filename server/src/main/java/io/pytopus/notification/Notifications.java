package io.pytopus.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Posts a notification: the row and its {@link NotificationPosted} event commit together (the outbox),
 * in the caller's transaction. Every notification goes through here, so none is ever missing from
 * the live stream or from email.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Notifications {

    static final String SENT = "pytopus.notifications.sent";

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Counter sentInApp;

    Notifications(NotificationRepository notifications, ApplicationEventPublisher events, MeterRegistry meters) {
        this.notifications = notifications;
        this.events = events;
        this.sentInApp = Counter.builder(SENT)
                .description("Notifications sent, by channel")
                .tag("channel", "in_app")
                .register(meters);
    }

    /**
     * Inserts the notification and publishes its event. Call it last in a savepoint: an event
     * published in a savepoint that is rolled back afterwards would still be relayed.
     */
    void post(Notification notification) {
        notifications.insert(notification);
        events.publishEvent(new NotificationPosted(
                UUID.randomUUID(),
                notification.id(),
                notification.userId(),
                notification.petId(),
                notification.kind(),
                notification.title(),
                notification.body(),
                notification.createdAt()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sentInApp.increment();
            }
        });
    }
}
