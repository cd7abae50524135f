package io.pytopus.account;

import java.util.Optional;
import java.util.UUID;

/**
 * The settings that decide how and when a user may be nudged, for modules that act on a user's
 * behalf outside a request (the attention scheduler, email). Read-only; users change them with
 * {@code PATCH /api/v1/me}.
 */
public interface AccountPreferences {

    /** The user's preferences, or empty when there is no such account (any more). */
    Optional<UserPreferences> preferencesOf(UUID userId);
}
