package io.pytopus.pet.web;

import io.pytopus.pet.care.ActionType;
import io.pytopus.pet.care.PetCare.ActResult;
import io.pytopus.pet.care.StoredAction;
import io.pytopus.pet.simulation.Happening;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The result of an applied action: what happened and the octopus afterwards. */
record ActionResponse(Applied outcome, PetResponse pet) {

    static ActionResponse of(ActResult result) {
        return new ActionResponse(Applied.of(result.action()), PetResponse.of(result.pet()));
    }

    /**
     * An applied action as the owner sees it.
     *
     * @param happenings what happened, as structured values ({@code kind} names each)
     */
    record Applied(long seq, ActionType type, @Nullable String item, List<Happening> happenings, Instant at) {

        static Applied of(StoredAction action) {
            return new Applied(action.seq(), action.type(), action.item(), action.happenings(), action.actedAt());
        }
    }
}
