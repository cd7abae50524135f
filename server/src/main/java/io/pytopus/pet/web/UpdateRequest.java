package io.pytopus.pet.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Rename a pet, write its bio and/or show it in the public reef; absent fields stay as they are, an
 * empty bio removes it.
 */
record UpdateRequest(
        @Pattern(regexp = PetNames.PATTERN, message = PetNames.RULE) @Nullable
        String name,

        @JsonProperty("public") @Nullable Boolean isPublic,

        @Size(max = PetBios.MAX_LENGTH, message = PetBios.LENGTH_RULE)
        @Pattern(regexp = PetBios.PATTERN, message = PetBios.RULE)
        @Nullable
        String bio) {}
