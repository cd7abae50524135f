package io.pytopus.notification;

import io.pytopus.reef.PetWaved;
import io.pytopus.system.Exchanges;
import io.pytopus.system.WorkerRole;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells owners when someone waves at their octopus from the reef: a notification ("Nell waved at
 * Inky"), posted with its {@link NotificationPosted} event, so the bell counts it live and the owner
 * finds it later. The notification's id is the wave's event id, so a redelivered wave notifies no one
 * twice. A batch of waves is one transaction, acknowledged by the container after the commit (ADR
 * 0026); should two consumers post copies of one wave at once, the second insert fails on the id and
 * its batch is handled again one by one, which then finds the notification there.
 */
@Component
@WorkerRole
class WaveNotifications {

    static final String QUEUE = "pytopus.notification.waves";
    static final String KIND = "WAVE";

    private final NotificationRepository repository;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    WaveNotifications(
            NotificationRepository repository,
            Notifications notifications,
            TransactionTemplate transactions,
            JsonMapper json) {
        this.repository = repository;
        this.notifications = notifications;
        this.transactions = transactions;
        this.json = json;
    }

    @RabbitListener(queues = QUEUE, containerFactory = WorkerRole.LISTENERS, batch = "true")
    void onWaves(List<Message> messages) {
        var waves = messages.stream()
                .map(message -> json.readValue(message.getBody(), PetWaved.class))
                .toList();
        transactions.executeWithoutResult(tx -> {
            var posted = new HashSet<UUID>();
            for (var waved : waves) {
                if (posted.add(waved.eventId()) && !repository.exists(waved.eventId())) {
                    notifications.post(notificationOf(waved));
                }
            }
        });
    }

    static Notification notificationOf(PetWaved waved) {
        return new Notification(
                waved.eventId(),
                waved.ownerId(),
                waved.petId(),
                KIND,
                waved.visitorName() + " waved at " + waved.petName(),
                waved.visitorName() + " found " + waved.petName() + " in the reef and waved hello.",
                waved.occurredAt(),
                null);
    }

    /** Declared by every process, so waves wait in the queue while no worker runs. */
    @Configuration(proxyBeanMethods = false)
    static class Queues {

        @Bean
        Declarables waveNotificationQueues() {
            return new Declarables(
                    QueueBuilder.durable(QUEUE).build(),
                    QueueBuilder.durable(QUEUE + ".dead").build(),
                    new Binding(QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, "reef.pet-waved", null),
                    new Binding(QUEUE + ".dead", DestinationType.QUEUE, Exchanges.DEAD, QUEUE, null));
        }
    }
}
