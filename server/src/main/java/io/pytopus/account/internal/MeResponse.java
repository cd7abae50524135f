package io.pytopus.account.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The signed-in user and their settings ({@code quietHours} is absent when switched off). */
record MeResponse(
        @Schema(requiredMode = REQUIRED) UUID id,
        @Schema(requiredMode = REQUIRED) String email,
        @Schema(requiredMode = REQUIRED) String displayName,

        @Schema(requiredMode = REQUIRED, example = "Europe/Paris")
        String timeZone,

        @Schema(description = "Absent when quiet hours are off.") @Nullable
        QuietHours quietHours,

        @Schema(requiredMode = REQUIRED) boolean emailNudges,
        @Schema(requiredMode = REQUIRED) boolean weeklyDigest,
        @Schema(requiredMode = REQUIRED) Instant createdAt) {

    static MeResponse of(Account account) {
        return new MeResponse(
                account.id(),
                account.email(),
                account.displayName(),
                account.timeZone(),
                account.quietHours(),
                account.emailNudges(),
                account.weeklyDigest(),
                account.createdAt());
    }
}
