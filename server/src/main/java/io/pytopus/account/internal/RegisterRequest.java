package io.pytopus.account.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account. The email is normalised and the display name trimmed before validation. */
record RegisterRequest(
        @NotBlank @Email @Size(max = 254) @Schema(example = "ink@example.com")
        String email,

        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        @Schema(example = "Inky's keeper")
        String displayName,

        @NotNull
        @AcceptablePassword
        @Schema(
                minLength = 10,
                maxLength = 128,
                description = "At least 10 characters, not one of the 10,000 most common passwords.")
        String password) {

    RegisterRequest {
        email = email == null ? null : Emails.normalise(email);
        displayName = displayName == null ? null : displayName.strip();
    }
}
