package io.pytopus.account.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The account's own part of the export: everything but the password hash, which is no use to its owner. */
record AccountExport(
        UUID id,
        String email,
        String displayName,
        String timeZone,
        @Nullable QuietHours quietHours,
        boolean emailNudges,
        boolean weeklyDigest,
        Instant createdAt,
        Instant updatedAt) {

    static AccountExport of(Account account) {
        return new AccountExport(
                account.id(),
                account.email(),
                account.displayName(),
                account.timeZone(),
                account.quietHours(),
                account.emailNudges(),
                account.weeklyDigest(),
                account.createdAt(),
                account.updatedAt());
    }
}
