package io.pytopus.notification;

import io.pytopus.pet.PetAttention.Need;
import java.util.List;
import java.util.stream.Collectors;

/** The words of a nudge: the most urgent need in the title, what to do and what else is wrong below. */
final class Nudges {

    private Nudges() {}

    /** The nudge for a pet named {@code name} with {@code needs} (most urgent first, not empty). */
    static Nudge of(String name, List<Need> needs) {
        Need first = needs.getFirst();
        String body = advice(first);
        if (needs.size() > 1) {
            body += " " + name + " is also "
                    + needs.subList(1, needs.size()).stream()
                            .map(Nudges::adjective)
                            .collect(Collectors.collectingAndThen(Collectors.toList(), Nudges::joined))
                    + ".";
        }
        return new Nudge(first.name(), title(name, first), body);
    }

    private static String title(String name, Need need) {
        return switch (need) {
            case DIRTY_TANK -> name + "'s tank needs cleaning";
            default -> name + " is " + adjective(need);
        };
    }

    private static String adjective(Need need) {
        return switch (need) {
            case SICK -> "sick";
            case UNWELL -> "unwell";
            case HUNGRY -> "hungry";
            case DIRTY_TANK -> "in murky water";
            case TIRED -> "tired";
            case BORED -> "bored";
        };
    }

    private static String advice(Need need) {
        return switch (need) {
            case SICK -> "It needs healing before its health runs out.";
            case UNWELL -> "Its health is low: feed it, let it rest and clean its tank.";
            case HUNGRY -> "A shrimp, a clam or a crab would help.";
            case DIRTY_TANK -> "The water is getting murky; a clean would help.";
            case TIRED -> "It is worn out; turn the lights off and let it sleep.";
            case BORED -> "It wants to play: a ball, a jar puzzle, a mirror or bubbles.";
        };
    }

    private static String joined(List<String> words) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    /** A nudge's kind (the need's name), title and body. */
    record Nudge(String kind, String title, String body) {}
}
