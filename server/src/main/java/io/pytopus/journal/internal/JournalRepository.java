package io.pytopus.journal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Journal entries in PostgreSQL ({@code journal_entries}, V4). */
@Repository
class JournalRepository {

    private final JdbcClient jdbc;

    JournalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes an entry unless its event was journaled before (a redelivery) or its pet is gone (the
     * account was deleted after the event): both are no-ops, so the message is simply acknowledged.
     *
     * @return whether a new entry was written
     */
    boolean add(NewEntry entry) {
        return jdbc.sql("""
                        INSERT INTO journal_entries (event_id, pet_id, owner_id, type, text, occurred_at, ordinal)
                        SELECT :event, :pet, :owner, :type, :text, :at, :ordinal
                        WHERE EXISTS (SELECT 1 FROM pets WHERE id = :pet)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                        .param("event", entry.eventId())
                        .param("pet", entry.petId())
                        .param("owner", entry.ownerId())
                        .param("type", entry.type())
                        .param("text", entry.text())
                        .param("at", Timestamp.from(entry.occurredAt()))
                        .param("ordinal", entry.ordinal())
                        .update()
                == 1;
    }

    /** One page of a pet's journal, newest first. */
    List<JournalEntry> page(UUID petId, int page, int size) {
        return jdbc.sql("""
                        SELECT event_id, type, text, occurred_at FROM journal_entries
                        WHERE pet_id = :pet
                        ORDER BY occurred_at DESC, ordinal DESC, id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("pet", petId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new JournalEntry(
                        rs.getObject("event_id", UUID.class),
                        rs.getString("type"),
                        rs.getString("text"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    long count(UUID petId) {
        return jdbc.sql("SELECT count(*) FROM journal_entries WHERE pet_id = :pet")
                .param("pet", petId)
                .query(Long.class)
                .single();
    }

    /** The pet's current name, if it still exists. */
    Optional<String> petName(UUID petId) {
        return jdbc.sql("SELECT name FROM pets WHERE id = :pet")
                .param("pet", petId)
                .query(String.class)
                .optional();
    }

    /** Every entry of every pet of the owner, pet by pet, oldest first: the data export. */
    List<ExportedEntry> allOf(UUID ownerId) {
        return jdbc.sql("""
                        SELECT pet_id, event_id, type, text, occurred_at FROM journal_entries
                        WHERE owner_id = :owner
                        ORDER BY pet_id, occurred_at, ordinal, id
                        """)
                .param("owner", ownerId)
                .query((rs, n) -> new ExportedEntry(
                        rs.getObject("pet_id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("type"),
                        rs.getString("text"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    record ExportedEntry(UUID petId, UUID eventId, String type, String text, Instant occurredAt) {}

    record NewEntry(
            UUID eventId, UUID petId, UUID ownerId, String type, String text, Instant occurredAt, int ordinal) {}
}
