package io.pytopus.search.internal;

import com.rabbitmq.client.Channel;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetEventReader;
import io.pytopus.pet.PetFellSick;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.reef.PetWaved;
import io.pytopus.reef.ReefProfile;
import io.pytopus.reef.ReefProfiles;
import io.pytopus.search.JournalEntrySource;
import io.pytopus.search.SearchIndex;
import io.pytopus.system.Exchanges;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecoverer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the indices current from the search queue (ADR 0020), a batch of events at a time:
 *
 * <ul>
 *   <li>for the pets the events name (a pet event that can change the profile, a wave), the current
 *       profile is read from PostgreSQL and written with its version, or the document is deleted
 *       when the pet is no longer in the reef: the index converges on the truth whatever order
 *       events come in, and a redelivery changes nothing; day-to-day care changes no profile and is
 *       only acknowledged;
 *   <li>a journal entry ({@code journal.entry-written}) is written under its own id.
 * </ul>
 *
 * One bulk request per index and batch; several consumers may index side by side (external versions
 * and ids make the order of writes irrelevant; ADR 0026). When OpenSearch cannot answer, the whole batch goes back to
 * the queue and the {@link IndexingGate} pauses consumption until it can (ADR 0021); a message that
 * cannot be read, or a document OpenSearch refuses for good, is dead-lettered to {@code <queue>.dead}
 * and the rest of the batch proceeds.
 */
@Component
@WorkerRole
class SearchIndexer {

    static final String LISTENER = "search-indexer";

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final ReefProfiles profiles;
    private final IndexWriter writer;
    private final IndexingGate gate;
    private final PetEventReader petEvents;
    private final JsonMapper json;
    private final RabbitTemplate rabbit;
    private final SearchProperties properties;

    SearchIndexer(
            ReefProfiles profiles,
            IndexWriter writer,
            IndexingGate gate,
            PetEventReader petEvents,
            JsonMapper json,
            RabbitTemplate rabbit,
            SearchProperties properties) {
        this.profiles = profiles;
        this.writer = writer;
        this.gate = gate;
        this.petEvents = petEvents;
        this.json = json;
        this.rabbit = rabbit;
        this.properties = properties;
    }

    @RabbitListener(
            id = LISTENER,
            queues = "${pytopus.search.queue:pytopus.search}",
            containerFactory = SearchConfiguration.LISTENERS,
            concurrency = "${pytopus.events.consumer.concurrency:1}",
            autoStartup = "false")
    void onEvents(List<Message> messages, Channel channel) throws IOException {
        long last = messages.getLast().getMessageProperties().getDeliveryTag();
        var pets = new LinkedHashMap<UUID, List<Message>>();
        var entries = new LinkedHashMap<String, Entry>();
        var dead = new LinkedHashMap<Message, String>();
        for (var message : messages) {
            try {
                read(message, pets, entries);
            } catch (RuntimeException e) {
                dead.put(message, "unreadable: " + e.getMessage());
            }
        }
        try {
            var refusedPets = writer.write(SearchIndex.PETS, petChanges(pets.keySet()));
            refusedPets.forEach((id, reason) -> pets.get(UUID.fromString(id)).forEach(m -> dead.put(m, reason)));
            var refusedEntries = writer.write(
                    SearchIndex.JOURNAL,
                    entries.values().stream()
                            .map(entry -> IndexWriter.Change.put(
                                    entry.entry().entryId().toString(),
                                    Documents.journalEntry(json, entry.entry()),
                                    null))
                            .toList());
            refusedEntries.forEach((id, reason) -> dead.put(entries.get(id).message(), reason));
        } catch (RuntimeException e) {
            // OpenSearch (or PostgreSQL) cannot take the batch now: back to the queue, and pause. One
            // by one: the embedded broker does not honour "multiple" on a requeueing nack.
            for (var message : messages) {
                channel.basicNack(message.getMessageProperties().getDeliveryTag(), false, true);
            }
            gate.close(e);
            return;
        }
        dead.forEach(this::deadLetter);
        channel.basicAck(last, true);
    }

    private void read(Message message, Map<UUID, List<Message>> pets, Map<String, Entry> entries) {
        String key = message.getMessageProperties().getReceivedRoutingKey();
        if (key != null && key.startsWith("pet.")) {
            var event = petEvents.read(message);
            if (changesProfile(event)) {
                pets.computeIfAbsent(event.petId(), id -> new ArrayList<>()).add(message);
            }
        } else if ("reef.pet-waved".equals(key)) {
            pets.computeIfAbsent(
                            json.readValue(message.getBody(), PetWaved.class).petId(), id -> new ArrayList<>())
                    .add(message);
        } else if ("journal.entry-written".equals(key)) {
            var written = json.readValue(message.getBody(), JournalEntryWritten.class);
            var entry = written.toEntry();
            entries.put(entry.entryId().toString(), new Entry(entry, message));
        } else {
            throw new IllegalArgumentException("no index follows routing key " + key);
        }
    }

    /**
     * Whether the event can change what the pet's document shows (name, bio, stage, personality,
     * tricks, when it was born, whether it is public or still there). Day-to-day care, most events by
     * far, changes none of it: only a vacation's start or end moves the instant it counts as born.
     */
    static boolean changesProfile(PetEvent event) {
        return switch (event) {
            case CareGiven care ->
                care.action().endsWith("_VACATION")
                        || care.happenings().stream()
                                .anyMatch(happening -> happening instanceof Happening.VacationStarted
                                        || happening instanceof Happening.VacationEnded);
            case PetFellSick sick -> false;
            default -> true;
        };
    }

    private List<IndexWriter.Change> petChanges(Set<UUID> petIds) {
        if (petIds.isEmpty()) {
            return List.of();
        }
        var changes = new ArrayList<IndexWriter.Change>();
        var gone = new LinkedHashSet<>(petIds);
        for (ReefProfile profile : profiles.profiles(petIds)) {
            gone.remove(profile.pet().id());
            changes.add(IndexWriter.Change.put(
                    profile.pet().id().toString(), Documents.pet(json, profile), profile.version()));
        }
        if (!gone.isEmpty()) {
            var versions = profiles.versions(gone);
            // Deleted at the version the pet has now, so an older copy written later is refused.
            gone.forEach(id -> changes.add(IndexWriter.Change.delete(id.toString(), versions.get(id))));
        }
        return changes;
    }

    private void deadLetter(Message message, String reason) {
        log.warn(
                "Dead-lettering message {} from {}: {}",
                message.getMessageProperties().getMessageId(),
                properties.queue(),
                reason);
        var headers = message.getMessageProperties();
        headers.setHeader(RepublishMessageRecoverer.X_EXCEPTION_MESSAGE, reason);
        headers.setHeader(RepublishMessageRecoverer.X_ORIGINAL_ROUTING_KEY, headers.getReceivedRoutingKey());
        rabbit.send(Exchanges.DEAD, properties.queue(), message);
    }

    private record Entry(JournalEntrySource.Entry entry, Message message) {}

    /**
     * The journal's {@code JournalEntryWritten} as it travels ({@code journal.entry-written}): read by
     * its JSON fields, so this module needs no dependency on the journal module.
     */
    record JournalEntryWritten(
            UUID eventId, UUID entryId, UUID petId, UUID ownerId, String type, String text, Instant occurredAt) {

        JournalEntrySource.Entry toEntry() {
            return new JournalEntrySource.Entry(0, entryId, petId, ownerId, type, text, occurredAt);
        }
    }
}
