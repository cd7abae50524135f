package io.pytopus.journal.internal;

import io.pytopus.achievement.AchievementUnlocked;
import io.pytopus.journal.JournalEntryWritten;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetEventReader;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.reef.PetWaved;
import io.pytopus.reef.SnackGiven;
import io.pytopus.system.WorkerRole;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one journal entry per pet event, reef visit, and achievement a pet earned, from the {@value
 * JournalConfiguration#QUEUE} queue, a batch at a time: the batch's entries in one statement and, in
 * the same transaction, a {@link JournalEntryWritten} for the search index per entry written; the
 * container acknowledges the batch after the commit (ADR 0026). A redelivered event writes and
 * publishes nothing ({@code event_id} is unique), also when two consumers hold copies at once: the
 * second insert waits for the first and then skips it. An achievement of all the owner's care (no
 * pet) belongs to no pet's journal and is acknowledged without an entry. A message that cannot be
 * read or written is retried alone with backoff, then dead-lettered to {@code pytopus.journal.dead}
 * ({@link WorkerRole#LISTENERS}).
 */
@Component
@WorkerRole
class JournalConsumer {

    /** After everything else of the action that earned it. */
    private static final int ACHIEVEMENT_ORDINAL = 4;

    private final JournalRepository journal;
    private final PetEventReader events;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;

    JournalConsumer(
            JournalRepository journal,
            PetEventReader events,
            JsonMapper json,
            TransactionTemplate transactions,
            ApplicationEventPublisher publisher) {
        this.journal = journal;
        this.events = events;
        this.json = json;
        this.transactions = transactions;
        this.publisher = publisher;
    }

    @RabbitListener(queues = JournalConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS, batch = "true")
    void onEvents(List<Message> messages) {
        var entries =
                messages.stream().map(this::entryOf).flatMap(Optional::stream).toList();
        if (entries.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            for (var entry : journal.addAll(entries)) {
                publisher.publishEvent(new JournalEntryWritten(
                        UUID.randomUUID(),
                        entry.eventId(),
                        entry.petId(),
                        entry.ownerId(),
                        entry.type(),
                        entry.text(),
                        entry.occurredAt()));
            }
        });
    }

    private Optional<JournalRepository.NewEntry> entryOf(Message message) {
        String type = message.getMessageProperties().getType();
        if (AchievementUnlocked.class.getSimpleName().equals(type)) {
            return achievementEntry(json.readValue(message.getBody(), AchievementUnlocked.class));
        }
        if (PetWaved.class.getSimpleName().equals(type)) {
            var waved = json.readValue(message.getBody(), PetWaved.class);
            return Optional.of(new JournalRepository.NewEntry(
                    waved.eventId(),
                    waved.petId(),
                    waved.ownerId(),
                    type,
                    JournalSentences.of(waved),
                    waved.occurredAt(),
                    1));
        }
        if (SnackGiven.class.getSimpleName().equals(type)) {
            var snack = json.readValue(message.getBody(), SnackGiven.class);
            return Optional.of(new JournalRepository.NewEntry(
                    snack.eventId(),
                    snack.petId(),
                    snack.ownerId(),
                    type,
                    JournalSentences.of(snack),
                    snack.occurredAt(),
                    1));
        }
        var event = events.read(message);
        return Optional.of(new JournalRepository.NewEntry(
                event.eventId(),
                event.petId(),
                event.ownerId(),
                event.getClass().getSimpleName(),
                JournalSentences.of(event),
                event.occurredAt(),
                ordinal(event)));
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
