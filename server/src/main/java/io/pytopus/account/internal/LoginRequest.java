package io.pytopus.account.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Credentials. No policy check here: a password is either the account's or not. */
record LoginRequest(
        @NotBlank @Size(max = 254) @Schema(example = "ink@example.com")
        String email,

        @NotNull @Size(max = 1024) String password) {

    LoginRequest {
        email = email == null ? null : Emails.normalise(email);
    }
}
