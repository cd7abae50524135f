package io.pytopus.account.internal;

import io.pytopus.account.PytopusUser;
import java.time.Duration;
import java.time.Instant;

/**
 * A session as PostgreSQL holds it, and as the cache keeps it once validated.
 *
 * @param user the signed-in user, as of sign-in or their last rename
 * @param lastSeenAt when a request last moved it (at most every {@code touch-every})
 * @param idleExpiresAt when it ends unless used; never after {@code expiresAt}
 * @param expiresAt when it ends however busy (the absolute timeout)
 */
record StoredSession(PytopusUser user, Instant lastSeenAt, Instant idleExpiresAt, Instant expiresAt) {

    boolean validAt(Instant now) {
        return now.isBefore(idleExpiresAt) && now.isBefore(expiresAt);
    }

    /** Whether a request at {@code now} should move the last-seen time (and the idle expiry). */
    boolean dueForTouch(Instant now, Duration touchEvery) {
        return !now.isBefore(lastSeenAt.plus(touchEvery));
    }

    /** As a touch at {@code now} leaves it. */
    StoredSession touched(Instant now, Duration idleTimeout) {
        return new StoredSession(user, now, idleExpiry(now, idleTimeout, expiresAt), expiresAt);
    }

    /** The idle expiry of a session used at {@code now}: capped by its absolute expiry. */
    static Instant idleExpiry(Instant now, Duration idleTimeout, Instant expiresAt) {
        var idle = now.plus(idleTimeout);
        return idle.isBefore(expiresAt) ? idle : expiresAt;
    }
}
