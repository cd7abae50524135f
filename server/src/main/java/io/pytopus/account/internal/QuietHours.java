package io.pytopus.account.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/**
 * When the octopus must not nudge its owner, in the owner's time zone. {@code from} after {@code
 * to} spans midnight: 22:00 to 07:00 is the night.
 */
@Schema(description = "Local times in the user's time zone, HH:mm; from after to spans midnight.")
record QuietHours(
        @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "22:00")
        LocalTime from,

        @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "07:00")
        LocalTime to) {

    @AssertTrue(message = "from and to must differ")
    @Schema(hidden = true)
    boolean isNotEmpty() {
        return from == null || !from.equals(to);
    }
}
