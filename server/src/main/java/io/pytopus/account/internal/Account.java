package io.pytopus.account.internal;

import io.pytopus.account.PytopusUser;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code users}. Never leaves this package: controllers answer with {@link MeResponse}. */
record Account(
        UUID id,
        String email,
        String displayName,
        String passwordHash,
        String timeZone,
        @Nullable QuietHours quietHours,
        boolean emailNudges,
        boolean weeklyDigest,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    PytopusUser toUser() {
        return new PytopusUser(id, email, displayName);
    }
}
