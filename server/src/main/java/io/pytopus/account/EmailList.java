package io.pytopus.account;

/** The kinds of email a user can opt in to, and out of, separately ({@code PATCH /api/v1/me}). */
public enum EmailList {
    /** Each nudge of the attention scheduler, by email too ({@code emailNudges}). */
    NUDGES,
    /** A weekly digest of the user's octopuses ({@code weeklyDigest}). */
    WEEKLY_DIGEST
}
