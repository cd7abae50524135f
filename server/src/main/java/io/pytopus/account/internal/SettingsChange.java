package io.pytopus.account.internal;

import org.jspecify.annotations.Nullable;

/**
 * A change to a user's settings; {@code null} leaves a setting unchanged, except that quiet hours
 * are set (or switched off with {@code null}) when {@code setQuietHours}.
 */
record SettingsChange(
        @Nullable String displayName,
        @Nullable String timeZone,
        boolean setQuietHours,
        @Nullable QuietHours quietHours,
        @Nullable Boolean emailNudges,
        @Nullable Boolean weeklyDigest) {

    boolean changesDisplayName() {
        return displayName != null;
    }
}
