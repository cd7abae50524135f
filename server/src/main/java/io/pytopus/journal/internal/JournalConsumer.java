package io.pytopus.journal.internal;

import com.rabbitmq.client.Channel;
import io.pytopus.achievement.AchievementUnlocked;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetEventReader;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import java.util.Optional;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one journal entry per pet event, and per achievement a pet earned, from the {@value
 * JournalConfiguration#QUEUE} queue, then acknowledges the message. A redelivered event writes
 * nothing ({@code event_id} is unique). An achievement of all the owner's care (no pet) belongs to no
 * pet's journal and is acknowledged without an entry. A message that cannot be read or written is
 * retried with backoff, then dead-lettered to {@code pytopus.journal.dead} ({@link
 * WorkerRole#LISTENERS}).
 */
@Component
@WorkerRole
class JournalConsumer {

    /** Within one action: what time brought, then the care, then a trick it taught, then a trophy. */
    private static final int ACHIEVEMENT_ORDINAL = 4;

    private final JournalRepository journal;
    private final PetEventReader events;
    private final JsonMapper json;

    JournalConsumer(JournalRepository journal, PetEventReader events, JsonMapper json) {
        this.journal = journal;
        this.events = events;
        this.json = json;
    }

    @RabbitListener(queues = JournalConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS)
    void onEvent(Message message, Channel channel) throws IOException {
        var entry = AchievementUnlocked.class
                        .getSimpleName()
                        .equals(message.getMessageProperties().getType())
                ? achievementEntry(json.readValue(message.getBody(), AchievementUnlocked.class))
                : Optional.of(petEntry(events.read(message)));
        entry.ifPresent(journal::add);
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }

    private static JournalRepository.NewEntry petEntry(PetEvent event) {
        return new JournalRepository.NewEntry(
                event.eventId(),
                event.petId(),
                event.ownerId(),
                event.getClass().getSimpleName(),
                JournalSentences.of(event),
                event.occurredAt(),
                ordinal(event));
    }

    /**
     * The entry of an achievement a pet earned, under the pet's name when it earned it; an event from
     * before achievements carried the name falls back to the pet's current name.
     */
    private Optional<JournalRepository.NewEntry> achievementEntry(AchievementUnlocked unlocked) {
        if (unlocked.petId() == null) {
            return Optional.empty();
        }
        var name = Optional.ofNullable(unlocked.petName()).or(() -> journal.petName(unlocked.petId()));
        return name.map(petName -> new JournalRepository.NewEntry(
                unlocked.eventId(),
                unlocked.petId(),
                unlocked.userId(),
                AchievementUnlocked.class.getSimpleName(),
                JournalSentences.of(unlocked, petName),
                unlocked.occurredAt(),
                ACHIEVEMENT_ORDINAL));
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
