package io.pytopus.achievement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the achievement rules need to know of the care history, as stored in PostgreSQL. Every count
 * stops at {@code until}, the instant of the event being judged, so a redelivered event is judged
 * exactly as it was the first time.
 */
interface CareHistory {

    /** Cleanings of all the owner's pets. */
    long cleans(UUID ownerId, Instant until);

    /** Different foods the pet has been fed. */
    int foodsTasted(UUID petId, Instant until);

    /** Different tricks the pet has learned. */
    int tricksLearned(UUID petId, Instant until);

    /** Days (UTC) from {@code from} to {@code to}, both included, on which the owner cared for a pet. */
    int careDays(UUID ownerId, LocalDate from, LocalDate to, Instant until);
}
