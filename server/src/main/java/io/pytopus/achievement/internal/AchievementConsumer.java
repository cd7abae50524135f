package io.pytopus.achievement.internal;

import com.rabbitmq.client.Channel;
import io.pytopus.achievement.AchievementUnlocked;
import io.pytopus.pet.PetEventReader;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges each pet event from the {@value AchievementConfiguration#QUEUE} queue and, in one
 * transaction, stores what it unlocks and publishes {@link AchievementUnlocked} for each row it
 * actually inserted (the outbox); then it acknowledges the message. A redelivered event inserts
 * nothing and so publishes nothing. A message that cannot be read or judged is retried with backoff,
 * then dead-lettered to {@code pytopus.achievement.dead} ({@link WorkerRole#LISTENERS}).
 */
@Component
@WorkerRole
class AchievementConsumer {

    private final AchievementRepository achievements;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final PetEventReader reader;

    AchievementConsumer(
            AchievementRepository achievements,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            PetEventReader reader) {
        this.achievements = achievements;
        this.transactions = transactions;
        this.events = events;
        this.reader = reader;
    }

    @RabbitListener(queues = AchievementConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS)
    void onEvent(Message message, Channel channel) throws IOException {
        var event = reader.read(message);
        transactions.executeWithoutResult(tx -> {
            var owner = event.ownerId();
            for (var unlock : AchievementRules.unlockedBy(event, achievements.unlocked(owner), achievements)) {
                if (achievements.unlock(owner, unlock.achievement(), unlock.petId(), event.occurredAt())) {
                    events.publishEvent(new AchievementUnlocked(
                            UUID.randomUUID(),
                            owner,
                            unlock.achievement(),
                            unlock.petId(),
                            unlock.petId() == null ? null : event.petName(),
                            event.occurredAt()));
                }
            }
        });
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }
}
