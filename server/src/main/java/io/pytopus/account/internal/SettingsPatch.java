package io.pytopus.account.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /api/v1/me}: only the settings present change. A class rather than a
 * record because {@code quietHours} has three states (absent: unchanged; {@code null}: off; a
 * value: set) and Jackson reads an absent record component as {@code null}.
 */
@Schema(
        name = "SettingsPatch",
        description = "Settings to change; absent ones stay. quietHours: null switches quiet hours off.")
final class SettingsPatch {

    @Nullable
    @Size(min = 1, max = 40)
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
    @Schema(example = "Inky's keeper")
    private String displayName;

    @Nullable
    @IanaTimeZone
    @Schema(example = "Europe/Paris", description = "An IANA time zone id.")
    private String timeZone;

    @Nullable
    @Valid
    @Schema(nullable = true)
    private QuietHours quietHours;

    @JsonIgnore
    private boolean quietHoursPresent;

    @Nullable
    @Schema(description = "Whether each nudge also comes by email; default false.")
    private Boolean emailNudges;

    @Nullable
    @Schema(description = "Whether a weekly digest (\"Inky's week\") comes by email; default false.")
    private Boolean weeklyDigest;

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public @Nullable String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(@Nullable String timeZone) {
        this.timeZone = timeZone;
    }

    public @Nullable QuietHours getQuietHours() {
        return quietHours;
    }

    @JsonSetter("quietHours")
    public void setQuietHours(@Nullable QuietHours quietHours) {
        this.quietHours = quietHours;
        this.quietHoursPresent = true;
    }

    public @Nullable Boolean getEmailNudges() {
        return emailNudges;
    }

    public void setEmailNudges(@Nullable Boolean emailNudges) {
        this.emailNudges = emailNudges;
    }

    public @Nullable Boolean getWeeklyDigest() {
        return weeklyDigest;
    }

    public void setWeeklyDigest(@Nullable Boolean weeklyDigest) {
        this.weeklyDigest = weeklyDigest;
    }

    SettingsChange toChange() {
        return new SettingsChange(displayName, timeZone, quietHoursPresent, quietHours, emailNudges, weeklyDigest);
    }
}
