package io.pytopus.journal.internal;

import io.pytopus.achievement.AchievementUnlocked;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEscaped;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetFellSick;
import io.pytopus.pet.PetHatched;
import io.pytopus.pet.PetProfileChanged;
import io.pytopus.pet.PetReleased;
import io.pytopus.pet.StageReached;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Toy;
import io.pytopus.reef.PetWaved;
import io.pytopus.reef.SnackGiven;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One readable sentence per pet event, reef visit, or achievement a pet earned, in the owner's journal. Plain functions of the event, so the
 * sentence of a redelivered event is the same.
 */
final class JournalSentences {

    private JournalSentences() {}

    static String of(PetEvent event) {
        String name = event.petName();
        return switch (event) {
            case PetHatched hatched -> name + "'s egg was laid in a fresh tank.";
            case StageReached reached ->
                switch (reached.stage()) {
                    case EGG -> name + " was laid as an egg.";
                    case HATCHLING -> name + " hatched from its egg.";
                    case JUVENILE -> name + " grew into a juvenile.";
                    case ADULT ->
                        reached.personality() == null || reached.personality() == Personality.UNFORMED
                                ? name + " became an adult."
                                : name + " became an adult with " + article(word(reached.personality())) + " "
                                        + word(reached.personality()) + " personality.";
                    case ELDER -> name + " became a wise elder.";
                };
            case TrickLearned learned ->
                name + " learned " + learned.trick().name() + " after " + learned.tries()
                        + (learned.tries() == 1 ? " try." : " tries.");
            case PetFellSick sick -> name + " fell sick.";
            case PetEscaped escaped -> name + " escaped down the drain to the sea.";
            case PetReleased released -> name + " was released to the sea.";
            case CareGiven care -> careSentence(name, care);
            case PetProfileChanged changed -> profileSentence(changed);
        };
    }

    /** "Inky earned the First trick achievement!": {@code petName} is the pet that earned it. */
    static String of(AchievementUnlocked unlocked, String petName) {
        return petName + " earned the " + unlocked.achievement().title() + " achievement!";
    }

    static String of(PetWaved waved) {
        return waved.visitorName() + " waved at " + waved.petName() + " from the reef.";
    }

    static String of(SnackGiven snack) {
        return snack.visitorName() + " gave " + snack.petName() + " a snack.";
    }

    /** What the owner changed, one short sentence per change. */
    private static String profileSentence(PetProfileChanged changed) {
        String name = changed.petName();
        List<String> sentences = new ArrayList<>();
        if (changed.previousName() != null) {
            sentences.add(changed.previousName() + " is now called " + name + ".");
        }
        if (changed.visibilityChanged()) {
            sentences.add(changed.isPublic() ? name + " moved into the public reef." : name + " left the public reef.");
        }
        if (changed.bioChanged()) {
            sentences.add(name + " has a new bio.");
        }
        return sentences.isEmpty() ? name + "'s profile was updated." : String.join(" ", sentences);
    }

    /**
     * The action's own part, clause by clause ("Inky played with the ball, then fell asleep
     * exhausted."). What time brought before it (a stage, a sickness, an escape) has its own event
     * and sentence, so it is left out here.
     */
    private static String careSentence(String name, CareGiven care) {
        List<String> clauses = new ArrayList<>();
        for (Happening happening : care.happenings()) {
            String clause = clause(happening);
            if (clause != null) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return name + " was looked after (" + care.action().toLowerCase(Locale.ROOT) + ").";
        }
        return name + " " + String.join(", then ", clauses) + ".";
    }

    private static String clause(Happening happening) {
        return switch (happening) {
            case Happening.Fed(Food food, boolean again) ->
                again ? "ate " + article(food) + " yet again, with less appetite" : "ate " + article(food);
            case Happening.Played(Toy toy, boolean again) -> "played with the " + word(toy) + (again ? " again" : "");
            case Happening.Cleaned() -> "got a clean tank";
            case Happening.WentToSleep() -> "went to sleep";
            case Happening.WokeUp(boolean groggy) -> groggy ? "woke up groggy" : "woke up";
            case Happening.Stroked() -> "enjoyed a stroke";
            case Happening.StartledAndInked() -> "got startled and inked";
            case Happening.TrainingSucceeded(var trick, int successes, int needed) ->
                "practised " + trick.name() + " and got it right (" + successes + " of " + needed + ")";
            case Happening.TrainingFailed(var trick) -> "practised " + trick.name() + " without success";
            case Happening.LearnedTrick(var trick) -> "practised " + trick.name() + " and got it right";
            case Happening.Healed() -> "was healed";
            case Happening.FellAsleepExhausted() -> "fell asleep exhausted";
            case Happening.VacationStarted() -> "went on vacation";
            case Happening.VacationEnded(boolean byItself) ->
                byItself ? "came back from a long vacation" : "came back from vacation";
            case Happening.Released() -> "was released to the sea";
            case Happening.StageReached stage -> null;
            case Happening.PersonalityFormed personality -> null;
            case Happening.FellSick sick -> null;
            case Happening.Escaped escaped -> null;
        };
    }

    private static String article(Food food) {
        return "a " + word(food);
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
