package io.pytopus.pet.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** Rename a pet and/or show it in the public reef; absent fields stay as they are. */
record UpdateRequest(
        @Pattern(regexp = PetNames.PATTERN, message = PetNames.RULE) @Nullable
        String name,

        @JsonProperty("public") @Nullable Boolean isPublic) {}
