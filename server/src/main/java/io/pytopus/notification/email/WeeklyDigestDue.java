package io.pytopus.notification.email;

import io.pytopus.system.RelayedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A job: write and send one user's weekly digest for the week starting {@code weekStart}. Published
 * through the outbox by {@link WeeklyDigestJob}, relayed to the {@code pytopus.jobs} exchange and
 * consumed by {@link WeeklyDigestConsumer}. Its id is derived from the user and the week, so every
 * copy of one job is recognisably the same.
 */
@Externalized(EmailConfiguration.JOBS + "::" + EmailConfiguration.DIGEST_JOB)
public record WeeklyDigestDue(UUID eventId, UUID userId, LocalDate weekStart, Instant occurredAt)
        implements RelayedEvent {

    static WeeklyDigestDue of(UUID userId, LocalDate weekStart, Instant now) {
        return new WeeklyDigestDue(idOf(userId, weekStart), userId, weekStart, now);
    }

    /** The job's id, and the digest's dedupe key in the outbox. */
    static String dedupeKey(UUID userId, LocalDate weekStart) {
        return "digest:" + userId + ":" + weekStart;
    }

    private static UUID idOf(UUID userId, LocalDate weekStart) {
        return UUID.nameUUIDFromBytes(dedupeKey(userId, weekStart).getBytes(StandardCharsets.UTF_8));
    }
}
