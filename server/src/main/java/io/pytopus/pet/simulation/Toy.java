package io.pytopus.pet.simulation;

/** Toys to play with. */
public enum Toy {
    BALL,
    JAR_PUZZLE,
    MIRROR,
    BUBBLES
}
