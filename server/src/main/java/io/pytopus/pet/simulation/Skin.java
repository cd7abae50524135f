package io.pytopus.pet.simulation;

import java.util.Objects;

/**
 * What the octopus's chromatophores show: a colour and a pattern the UI animates towards.
 *
 * @param color a CSS hex colour, e.g. {@code #ff6f61}
 * @param pattern how the colour moves
 */
public record Skin(String color, Pattern pattern) {

    public Skin {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(pattern, "pattern");
    }

    /** How the skin colour moves. */
    public enum Pattern {
        /** An even colour. */
        SOLID,
        /** Slow flashes while dreaming. */
        DREAM_FLASHES,
        /** White blotches of illness. */
        BLOTCHY,
        /** Fast alarm flashing, with a cloud of ink. */
        FLASHING,
        /** Grey mottling of boredom. */
        MOTTLED,
        /** Waves of colour rippling over the skin. */
        RIPPLING
    }
}
