package io.pytopus.journal.internal;

import com.rabbitmq.client.Channel;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetEventReader;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Writes one journal entry per pet event from the {@value JournalConfiguration#QUEUE} queue, then
 * acknowledges the message. A redelivered event writes nothing ({@code event_id} is unique). A
 * message that cannot be read or written is retried with backoff, then dead-lettered to {@code
 * pytopus.journal.dead} ({@link WorkerRole#LISTENERS}).
 */
@Component
@WorkerRole
class JournalConsumer {

    private final JournalRepository journal;
    private final PetEventReader events;

    JournalConsumer(JournalRepository journal, PetEventReader events) {
        this.journal = journal;
        this.events = events;
    }

    @RabbitListener(queues = JournalConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS)
    void onEvent(Message message, Channel channel) throws IOException {
        var event = events.read(message);
        journal.add(new JournalRepository.NewEntry(
                event.eventId(),
                event.petId(),
                event.ownerId(),
                event.getClass().getSimpleName(),
                JournalSentences.of(event),
                event.occurredAt(),
                ordinal(event)));
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }

    /** Within one action: what time brought, then the care, then a trick it taught. */
    private static int ordinal(PetEvent event) {
        return switch (event) {
            case StageReached reached -> 0;
            case CareGiven care -> 2;
            case TrickLearned learned -> 3;
            default -> 1;
        };
    }
}
