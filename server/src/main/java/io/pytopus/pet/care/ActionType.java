package io.pytopus.pet.care;

import io.pytopus.pet.simulation.Action;
import io.pytopus.pet.simulation.Food;
import io.pytopus.pet.simulation.Toy;
import io.pytopus.pet.simulation.Trick;

/**
 * The actions of the API, by name, and how each becomes a simulation {@link Action}. Actions with an
 * item (food, toy, trick) require it; the others refuse one.
 */
public enum ActionType {
    FEED(Food.class),
    PLAY(Toy.class),
    CLEAN(null),
    SLEEP(null),
    WAKE(null),
    STROKE(null),
    TRAIN(Trick.class),
    HEAL(null),
    START_VACATION(null),
    END_VACATION(null),
    RELEASE(null);

    private final Class<? extends Enum<?>> itemType;

    ActionType(Class<? extends Enum<?>> itemType) {
        this.itemType = itemType;
    }

    /** Whether this is day-to-day care (the actions route), rather than a vacation or a release. */
    public boolean isCare() {
        return ordinal() <= HEAL.ordinal();
    }

    /** The enum the item must name, or {@code null} when the action takes no item. */
    public Class<? extends Enum<?>> itemType() {
        return itemType;
    }

    /**
     * The simulation action for this type and item.
     *
     * @throws InvalidActionException when the item is missing, unexpected or unknown
     */
    Action toAction(String item) {
        if (itemType == null && item != null) {
            throw new InvalidActionException(name() + " takes no item.");
        }
        if (itemType != null && (item == null || item.isBlank())) {
            throw new InvalidActionException(
                    name() + " needs an item, one of " + String.join(", ", names(itemType)) + ".");
        }
        return switch (this) {
            case FEED -> new Action.Feed(parse(Food.class, item));
            case PLAY -> new Action.Play(parse(Toy.class, item));
            case TRAIN -> new Action.Train(parse(Trick.class, item));
            case CLEAN -> new Action.Clean();
            case SLEEP -> new Action.Sleep();
            case WAKE -> new Action.Wake();
            case STROKE -> new Action.Stroke();
            case HEAL -> new Action.Heal();
            case START_VACATION -> new Action.StartVacation();
            case END_VACATION -> new Action.EndVacation();
            case RELEASE -> new Action.Release();
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String item) {
        try {
            return Enum.valueOf(type, item);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidActionException("Unknown " + type.getSimpleName().toLowerCase() + " '" + item
                    + "': use one of " + String.join(", ", names(type)) + ".");
        }
    }

    private static String[] names(Class<? extends Enum<?>> type) {
        var constants = type.getEnumConstants();
        var names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name();
        }
        return names;
    }
}
