package io.pytopus.pet.simulation;

/**
 * Something that happened to an octopus, as a structured value the journal and the UI can render.
 * Actions report their effects; {@link Simulation#happeningsBetween} reports what time brought.
 */
public sealed interface Happening {

    /** It ate {@code food}; {@code sameFoodAgain} when it was the third time in a row (half satiety). */
    record Fed(Food food, boolean sameFoodAgain) implements Happening {}

    /** It played with {@code toy}; {@code sameToyAgain} when played within the hour (half the joy). */
    record Played(Toy toy, boolean sameToyAgain) implements Happening {}

    /** The tank was cleaned. */
    record Cleaned() implements Happening {}

    /** The owner turned the lights off. */
    record WentToSleep() implements Happening {}

    /** The owner turned the lights on; {@code groggy} when energy was below 30 (joy −10). */
    record WokeUp(boolean groggy) implements Happening {}

    /** It enjoyed a stroke. */
    record Stroked() implements Happening {}

    /** A stroke startled it: it inked and is scared for a while. */
    record StartledAndInked() implements Happening {}

    /** A training session worked; {@code successes} of {@code needed} to learn the trick. */
    record TrainingSucceeded(Trick trick, int successes, int needed) implements Happening {}

    /** A training session did not work. */
    record TrainingFailed(Trick trick) implements Happening {}

    /** The training session that taught it {@code trick}. */
    record LearnedTrick(Trick trick) implements Happening {}

    /** It was healed. */
    record Healed() implements Happening {}

    /** The action left it without energy, so it fell asleep. */
    record FellAsleepExhausted() implements Happening {}

    /** A vacation started. */
    record VacationStarted() implements Happening {}

    /** A vacation ended, by the owner or {@code byItself} after 14 days. */
    record VacationEnded(boolean byItself) implements Happening {}

    /** The owner let it go to the sea. */
    record Released() implements Happening {}

    /** It reached a new life stage ({@link Stage#HATCHLING}: it hatched). */
    record StageReached(Stage stage) implements Happening {}

    /** Its personality was fixed as it became an adult. */
    record PersonalityFormed(Personality personality) implements Happening {}

    /** It fell sick. */
    record FellSick() implements Happening {}

    /** Its health reached 0 and it escaped down the drain to the sea. */
    record Escaped() implements Happening {}
}
