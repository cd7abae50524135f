package io.pytopus.pet.web;

import io.pytopus.pet.simulation.Species;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Lay a new egg: its name, species and colour. */
record HatchRequest(
        @NotNull(message = "name is required") @Pattern(regexp = PetNames.PATTERN, message = PetNames.RULE)
        String name,

        @NotNull(message = "species is required: COMMON, GIANT_PACIFIC, DUMBO, BLUE_RINGED or MIMIC")
        Species species,

        @NotNull(message = "color is required")
        @Pattern(regexp = "^#[0-9a-fA-F]{6}$", message = "color must be a hex colour like #c8553d")
        String color) {}
