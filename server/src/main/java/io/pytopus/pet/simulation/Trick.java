package io.pytopus.pet.simulation;

/** Tricks an octopus can learn by training. */
public enum Trick {
    WAVE,
    SPIN,
    JAR_OPEN,
    COLOR_SHOW,
    CAMOUFLAGE
}
