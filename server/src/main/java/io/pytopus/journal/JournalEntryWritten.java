package io.pytopus.journal;

import io.pytopus.system.RelayedEvent;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A journal entry was stored, published in the transaction that stored it (the outbox), so the
 * search index can follow the journal without reading its tables. Written once per entry: a
 * redelivered source event stores nothing and publishes nothing.
 *
 * @param entryId the entry's id, as the journal API shows it (the id of the event it tells of)
 * @param type the kind of event it tells of ({@code CareGiven}, {@code PetWaved}, …)
 * @param text the sentence
 * @param occurredAt when what it tells of happened
 */
@Externalized("pytopus.events::journal.entry-written")
public record JournalEntryWritten(
        UUID eventId, UUID entryId, UUID petId, UUID ownerId, String type, String text, Instant occurredAt)
        implements RelayedEvent {}
