package io.pytopus.journal.internal;

import io.pytopus.account.AccountDataExport;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The journal part of a user's data export: every entry of every pet of theirs, oldest first. */
@Component
class JournalDataExport implements AccountDataExport {

    private final JournalRepository journal;

    JournalDataExport(JournalRepository journal) {
        this.journal = journal;
    }

    @Override
    public String section() {
        return "journal";
    }

    @Override
    public Object exportFor(UUID userId) {
        return journal.allOf(userId);
    }
}
