package io.pytopus.pet.care;

import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEscaped;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetFellSick;
import io.pytopus.pet.PetReleased;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Trick;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * The events of one applied action: what time brought first (stages, a sickness, an escape), in the
 * order the happenings report them, then the action itself.
 */
final class PetEvents {

    private PetEvents() {}

    /**
     * @param tries how many training sessions of a trick the pet has had, this action included
     */
    static List<PetEvent> of(PetRecord pet, StoredAction action, ToLongFunction<Trick> tries) {
        var events = happenings(pet, action.happenings(), action.actedAt(), tries);
        var at = action.actedAt();
        if (action.type() == ActionType.RELEASE) {
            events.add(new PetReleased(UUID.randomUUID(), pet.id(), pet.ownerId(), pet.name(), at, action.seq()));
        } else {
            events.add(new CareGiven(
                    UUID.randomUUID(),
                    pet.id(),
                    pet.ownerId(),
                    pet.name(),
                    at,
                    action.type().name(),
                    action.item(),
                    action.seq(),
                    action.happenings()));
        }
        return events;
    }

    /**
     * The events of what time alone brought (no action: stages, a sickness, an escape), stored by the
     * attention scheduler at {@code at}.
     */
    static List<PetEvent> ofTime(PetRecord pet, List<Happening> happenings, Instant at) {
        return happenings(pet, happenings, at, trick -> {
            throw new IllegalArgumentException("time alone teaches no trick");
        });
    }

    private static List<PetEvent> happenings(
            PetRecord pet, List<Happening> happenings, Instant at, ToLongFunction<Trick> tries) {
        var events = new ArrayList<PetEvent>();
        for (Happening happening : happenings) {
            switch (happening) {
                case Happening.StageReached(Stage stage) ->
                    events.add(new StageReached(
                            UUID.randomUUID(),
                            pet.id(),
                            pet.ownerId(),
                            pet.name(),
                            at,
                            stage,
                            personalityFormed(happenings)));
                case Happening.FellSick() ->
                    events.add(new PetFellSick(UUID.randomUUID(), pet.id(), pet.ownerId(), pet.name(), at));
                case Happening.Escaped() ->
                    events.add(new PetEscaped(UUID.randomUUID(), pet.id(), pet.ownerId(), pet.name(), at));
                case Happening.LearnedTrick(Trick trick) ->
                    events.add(new TrickLearned(
                            UUID.randomUUID(),
                            pet.id(),
                            pet.ownerId(),
                            pet.name(),
                            at,
                            trick,
                            tries.applyAsLong(trick)));
                default -> {}
            }
        }
        return events;
    }

    private static Personality personalityFormed(List<Happening> happenings) {
        return happenings.stream()
                .filter(Happening.PersonalityFormed.class::isInstance)
                .map(h -> ((Happening.PersonalityFormed) h).personality())
                .findFirst()
                .orElse(null);
    }
}
