package io.pytopus.journal.internal;

import io.pytopus.search.JournalEntrySource;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The journal for a search reindex: {@code journal_entries} in keyset pages of its identity column. */
@Component
class JournalArchive implements JournalEntrySource {

    private final JdbcClient jdbc;

    JournalArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM journal_entries")
                .query(Long.class)
                .single();
    }

    @Override
    public List<Entry> after(long afterPosition, int limit) {
        return jdbc.sql("""
                        SELECT id, event_id, pet_id, owner_id, type, text, occurred_at FROM journal_entries
                        WHERE id > :after ORDER BY id LIMIT :limit
                        """)
                .param("after", afterPosition)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("event_id", UUID.class),
                        rs.getObject("pet_id", UUID.class),
                        rs.getObject("owner_id", UUID.class),
                        rs.getString("type"),
                        rs.getString("text"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }
}
