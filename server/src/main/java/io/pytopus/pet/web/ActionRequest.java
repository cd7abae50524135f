package io.pytopus.pet.web;

import io.pytopus.pet.care.ActionType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One care action, e.g. {@code {"type": "FEED", "item": "SHRIMP"}}. */
record ActionRequest(
        @NotNull(message = "type is required: FEED, PLAY, CLEAN, SLEEP, WAKE, STROKE, TRAIN or HEAL")
        ActionType type,

        @Size(max = 32, message = "item is at most 32 characters") @Nullable
        String item) {}
