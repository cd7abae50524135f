package io.pytopus.pet;

import io.pytopus.pet.simulation.Stage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An owner's octopuses in a few figures, for summaries written outside a request (the weekly digest
 * email).
 */
public interface PetSummaries {

    /**
     * The owner's octopuses still in their care (not escaped, not released), oldest first, as they are
     * at {@code at}.
     */
    List<PetSummary> inCareOf(UUID ownerId, Instant at);

    /**
     * One octopus at an instant.
     *
     * @param stage its life stage then
     * @param onVacation whether it is away on vacation
     * @param sick whether it is sick
     * @param careStreakDays its current care streak: the consecutive days (UTC) with at least one care
     *     action, up to the day of the instant, or up to the day before while that day has had none yet
     *     (a streak is broken only once a whole day has passed without care); 0 when there is none
     */
    record PetSummary(UUID id, String name, Stage stage, boolean onVacation, boolean sick, int careStreakDays) {}
}
