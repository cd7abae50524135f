package io.pytopus.achievement.internal;

import io.pytopus.achievement.Achievement;
import io.pytopus.achievement.AchievementUnlocked;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetEventReader;
import io.pytopus.system.WorkerRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges the pet events of the {@value AchievementConfiguration#QUEUE} queue a batch at a time (ADR
 * 0014, 0026). In one transaction per batch it locks the progress of the owners whose events could
 * still unlock something, records what the events bring ({@link AchievementProgress}), stores what
 * they unlock, and publishes {@link AchievementUnlocked} for each row it actually inserted (the
 * outbox); the container acknowledges the batch after the commit. Events that can unlock nothing
 * new (most care, once an owner has what it leads to) cost one query per batch. A redelivered event
 * records and inserts nothing, so it publishes nothing; several workers may run side by side, one
 * owner at a time. A message that cannot be read or judged is retried alone with backoff, then
 * dead-lettered to {@code pytopus.achievement.dead} ({@link WorkerRole#LISTENERS}).
 */
@Component
@WorkerRole
class AchievementConsumer {

    private final AchievementRepository achievements;
    private final AchievementProgress progress;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final PetEventReader reader;

    AchievementConsumer(
            AchievementRepository achievements,
            AchievementProgress progress,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            PetEventReader reader) {
        this.achievements = achievements;
        this.progress = progress;
        this.transactions = transactions;
        this.events = events;
        this.reader = reader;
    }

    @RabbitListener(queues = AchievementConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS, batch = "true")
    void onEvents(List<Message> messages) {
        var byOwner = new LinkedHashMap<UUID, List<PetEvent>>();
        for (var message : messages) {
            var event = reader.read(message);
            if (!AchievementRules.candidates(event).isEmpty()) {
                byOwner.computeIfAbsent(event.ownerId(), owner -> new ArrayList<>())
                        .add(event);
            }
        }
        if (byOwner.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            var unlocked = achievements.unlocked(byOwner.keySet());
            byOwner.entrySet()
                    .removeIf(owner ->
                            unlocked.getOrDefault(owner.getKey(), Set.of()).containsAll(candidates(owner.getValue())));
            // Owners whose account is gone are not locked, and judged no further.
            byOwner.keySet().retainAll(progress.lock(byOwner.keySet()));
            AchievementRules.unlockedBy(byOwner, unlocked, progress)
                    .forEach((owner, unlocks) -> publish(owner, byOwner.get(owner), unlocks));
        });
    }

    private void publish(UUID owner, List<PetEvent> ownerEvents, List<AchievementRules.Unlock> unlocks) {
        var petNames = new HashMap<UUID, String>();
        ownerEvents.forEach(event -> petNames.put(event.petId(), event.petName()));
        for (var unlock : unlocks) {
            if (achievements.unlock(owner, unlock.achievement(), unlock.petId(), unlock.at())) {
                events.publishEvent(new AchievementUnlocked(
                        UUID.randomUUID(),
                        owner,
                        unlock.achievement(),
                        unlock.petId(),
                        unlock.petId() == null ? null : petNames.get(unlock.petId()),
                        unlock.at()));
            }
        }
    }

    private static Set<Achievement> candidates(List<PetEvent> events) {
        var candidates = EnumSet.noneOf(Achievement.class);
        events.forEach(event -> candidates.addAll(AchievementRules.candidates(event)));
        return candidates;
    }
}
