package io.pytopus.pet.simulation;

import java.util.List;
import java.util.Objects;

/** The result of {@link Simulation#apply}: the action was applied, or refused with a reason. */
public sealed interface ActionOutcome {

    /**
     * The action applied.
     *
     * @param state the new snapshot, exact at the action's instant
     * @param happenings what happened, in order: first what time brought before the action (a stage
     *     reached, a sickness, ...), then the action's own effects
     */
    record Applied(OctopusState state, List<Happening> happenings) implements ActionOutcome {
        public Applied {
            Objects.requireNonNull(state, "state");
            happenings = List.copyOf(happenings);
        }
    }

    /** The action was refused; nothing changed. */
    record Refused(Refusal reason) implements ActionOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
