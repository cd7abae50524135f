package io.pytopus.pet.care;

import io.pytopus.pet.simulation.Happening;
import java.time.Instant;
import java.util.List;

/** One applied action in a pet's history, with what it did. */
public record StoredAction(long seq, ActionType type, String item, List<Happening> happenings, Instant actedAt) {

    public StoredAction {
        happenings = List.copyOf(happenings);
    }
}
