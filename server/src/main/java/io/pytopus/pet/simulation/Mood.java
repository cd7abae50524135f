package io.pytopus.pet.simulation;

import io.pytopus.pet.simulation.Skin.Pattern;

/** How the octopus feels, derived from its state; each mood shows a skin. */
public enum Mood {
    ASLEEP(new Skin("#e8ddd3", Pattern.DREAM_FLASHES)),
    SICK(new Skin("#f4f1ec", Pattern.BLOTCHY)),
    SCARED(new Skin("#3a3347", Pattern.FLASHING)),
    STARVING(new Skin("#f3ebe2", Pattern.SOLID)),
    TIRED(new Skin("#5c1a24", Pattern.SOLID)),
    FILTHY(new Skin("#6b7563", Pattern.SOLID)),
    HUNGRY(new Skin("#e3cfa8", Pattern.SOLID)),
    BORED(new Skin("#8e8e8e", Pattern.MOTTLED)),
    ECSTATIC(new Skin("#ff6f61", Pattern.RIPPLING)),
    HAPPY(new Skin("#f28c28", Pattern.SOLID)),
    CONTENT(new Skin("#c8553d", Pattern.SOLID));

    private final Skin skin;

    Mood(Skin skin) {
        this.skin = skin;
    }

    /** The colour and pattern of this mood. */
    public Skin skin() {
        return skin;
    }

    /** The mood of a state at its own {@code updatedAt}: the first rule of DESIGN §2 that matches. */
    public static Mood of(OctopusState state) {
        Needs needs = state.needs();
        if (state.asleep()) {
            return ASLEEP;
        }
        if (state.sick()) {
            return SICK;
        }
        if (state.timers().scaredHours() > 0) {
            return SCARED;
        }
        if (needs.satiety() < 15) {
            return STARVING;
        }
        if (needs.energy() < 20) {
            return TIRED;
        }
        if (needs.cleanliness() < 20) {
            return FILTHY;
        }
        if (needs.satiety() < 40) {
            return HUNGRY;
        }
        if (needs.joy() < 30) {
            return BORED;
        }
        if (needs.allAtLeast(80) && state.trust() >= 60) {
            return ECSTATIC;
        }
        return needs.mean() >= 65 ? HAPPY : CONTENT;
    }
}
