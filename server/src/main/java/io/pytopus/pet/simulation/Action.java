package io.pytopus.pet.simulation;

import java.util.Objects;

/** What an owner can do to their octopus (DESIGN §2, "Actions"). */
public sealed interface Action {

    /** Feed a portion of {@code food}. */
    record Feed(Food food) implements Action {
        public Feed {
            Objects.requireNonNull(food, "food");
        }
    }

    /** Play with {@code toy}. */
    record Play(Toy toy) implements Action {
        public Play {
            Objects.requireNonNull(toy, "toy");
        }
    }

    /** Clean the tank. */
    record Clean() implements Action {}

    /** Lights off. */
    record Sleep() implements Action {}

    /** Lights on. */
    record Wake() implements Action {}

    /** Stroke the octopus. */
    record Stroke() implements Action {}

    /** A training session for {@code trick}. */
    record Train(Trick trick) implements Action {
        public Train {
            Objects.requireNonNull(trick, "trick");
        }
    }

    /** Give medicine. */
    record Heal() implements Action {}

    /** Freeze the octopus for up to 14 days while the owner is away. */
    record StartVacation() implements Action {}

    /** Unfreeze the octopus before the vacation ends by itself. */
    record EndVacation() implements Action {}

    /** Let the octopus go to the sea for good. */
    record Release() implements Action {}
}
