package io.pytopus.journal.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
     * Writes the entries in one statement, leaving out those whose event was journaled before (a
     * redelivery) or whose pet is gone (the account was deleted after the event): both are no-ops,
     * so their messages are simply acknowledged. Rows go in by instant, then ordinal, then event id:
     * one order for every writer, so two writers of the same events never wait on each other in a
     * circle.
     *
     * @return the entries actually written, in that order
     */
    List<NewEntry> addAll(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        var byEvent = new HashMap<UUID, NewEntry>();
        entries.forEach(entry -> byEvent.putIfAbsent(entry.eventId(), entry));
        var unique = List.copyOf(byEvent.values());
        var written = jdbc.sql("""
                        INSERT INTO journal_entries (event_id, pet_id, owner_id, type, text, occurred_at, ordinal)
                        SELECT e.event_id, e.pet_id, e.owner_id, e.type, e.text, e.occurred_at, e.ordinal
                        FROM unnest(CAST(:events AS uuid[]), CAST(:pets AS uuid[]), CAST(:owners AS uuid[]),
                                    CAST(:types AS text[]), CAST(:texts AS text[]),
                                    CAST(:ats AS timestamptz[]), CAST(:ordinals AS smallint[]))
                             AS e (event_id, pet_id, owner_id, type, text, occurred_at, ordinal)
                        WHERE EXISTS (SELECT 1 FROM pets WHERE id = e.pet_id)
                        ORDER BY e.occurred_at, e.ordinal, e.event_id
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING event_id
                        """)
                .param("events", column(unique, entry -> entry.eventId().toString()))
                .param("pets", column(unique, entry -> entry.petId().toString()))
                .param("owners", column(unique, entry -> entry.ownerId().toString()))
                .param("types", column(unique, NewEntry::type))
                .param("texts", column(unique, NewEntry::text))
                .param("ats", column(unique, entry -> entry.occurredAt().toString()))
                .param("ordinals", column(unique, entry -> Integer.toString(entry.ordinal())))
                .query(UUID.class)
                .set();
        return unique.stream()
                .filter(entry -> written.contains(entry.eventId()))
                .sorted(Comparator.comparing(NewEntry::occurredAt)
                        .thenComparingInt(NewEntry::ordinal)
                        .thenComparing(NewEntry::eventId))
                .toList();
    }

    /** One column of the rows, as a text array for {@code unnest}. */
    private static String[] column(List<NewEntry> entries, Function<NewEntry, String> value) {
        return entries.stream().map(value).toArray(String[]::new);
    }

    /** One page of a pet's journal, newest first, with the journal's size. */
    Page page(UUID petId, int page, int size) {
        var total = new long[] {-1};
        var entries = jdbc.sql("""
                        SELECT event_id, type, text, occurred_at, count(*) OVER () AS total FROM journal_entries
                        WHERE pet_id = :pet
                        ORDER BY occurred_at DESC, ordinal DESC, id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("pet", petId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new JournalEntry(
                            rs.getObject("event_id", UUID.class),
                            rs.getString("type"),
                            rs.getString("text"),
                            rs.getTimestamp("occurred_at").toInstant());
                })
                .list();
        // The size comes with the page, from one snapshot, so the two always agree while the worker
        // writes; only a page past the end needs a count of its own.
        return new Page(entries, total[0] >= 0 ? total[0] : count(petId));
    }

    record Page(List<JournalEntry> entries, long total) {}

    private long count(UUID petId) {
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
