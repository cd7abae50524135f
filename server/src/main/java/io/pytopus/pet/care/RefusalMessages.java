package io.pytopus.pet.care;

import io.pytopus.pet.simulation.Refusal;

/** The words an owner reads when their octopus refuses; the refusal's name stays the stable code. */
final class RefusalMessages {

    private RefusalMessages() {}

    static String of(Refusal refusal, String name) {
        return switch (refusal) {
            case NOT_HUNGRY -> name + " is not hungry right now.";
            case ASLEEP -> name + " is asleep. Let it rest, or wake it first.";
            case EGG -> name + " is still an egg.";
            case TOO_TIRED -> name + " is too tired for that.";
            case NOT_TIRED -> name + " is not tired yet.";
            case ALREADY_ASLEEP -> name + " is already asleep.";
            case ALREADY_AWAKE -> name + " is already awake.";
            case TOO_YOUNG -> name + " is too young for that.";
            case NOT_SICK -> name + " is not sick.";
            case ALREADY_LEARNED -> name + " already knows that trick.";
            case ON_VACATION -> name + " is on vacation. End the vacation first.";
            case ALREADY_ON_VACATION -> name + " is already on vacation.";
            case NOT_ON_VACATION -> name + " is not on vacation.";
            case TOO_SICK_FOR_VACATION -> name + " is too unwell to be left alone. Heal it first.";
            case GONE -> name + " has gone to the sea.";
        };
    }
}
