package io.pytopus.pet.simulation;

import io.pytopus.pet.simulation.Action.Clean;
import io.pytopus.pet.simulation.Action.EndVacation;
import io.pytopus.pet.simulation.Action.Feed;
import io.pytopus.pet.simulation.Action.Heal;
import io.pytopus.pet.simulation.Action.Play;
import io.pytopus.pet.simulation.Action.Release;
import io.pytopus.pet.simulation.Action.Sleep;
import io.pytopus.pet.simulation.Action.StartVacation;
import io.pytopus.pet.simulation.Action.Stroke;
import io.pytopus.pet.simulation.Action.Train;
import io.pytopus.pet.simulation.Action.Wake;
import java.util.List;

/** The action table of DESIGN §2: when each action is refused, and what it does. */
final class CareActions {

    static final double NOT_HUNGRY_FROM_SATIETY = 95;
    static final double FOOD_CLEANLINESS_COST = 4;
    static final int BORING_FOOD_IN_A_ROW = 3;
    static final double BORING_FOOD_JOY_COST = 5;
    static final double PLAY_JOY = 20;
    static final double SAME_TOY_JOY = 10;
    static final double SAME_TOY_WITHIN_HOURS = 1;
    static final double PLAY_ENERGY_COST = 10;
    static final double PLAY_SATIETY_COST = 3;
    static final double CLEAN_JOY_COST = 3;
    static final double NOT_TIRED_FROM_ENERGY = 80;
    static final double GROGGY_BELOW_ENERGY = 30;
    static final double GROGGY_JOY_COST = 10;
    static final double STROKE_TRUST = 4;
    static final double STROKE_JOY = 6;
    static final double SKITTISH_BELOW_TRUST = 20;
    static final double STARTLE_CHANCE = 0.25;
    static final double STARTLE_INK_COST = 30;
    static final double STARTLE_JOY_COST = 5;
    static final double SCARED_HOURS = 2.0 / 60.0;
    static final double TRAIN_ENERGY_COST = 15;
    static final double HEAL_HEALTH = 25;
    static final double HEAL_JOY_COST = 5;
    static final double VACATION_FROM_HEALTH = 30;

    private CareActions() {}

    /** Why {@code action} cannot be done to this octopus now, or {@code null} if it can. */
    static Refusal refusal(MutableOctopus pet, Action action) {
        if (!pet.status.present()) {
            return Refusal.GONE;
        }
        switch (action) {
            case StartVacation() -> {
                if (pet.status == Status.ON_VACATION) {
                    return Refusal.ALREADY_ON_VACATION;
                }
                return pet.sick || pet.health < VACATION_FROM_HEALTH ? Refusal.TOO_SICK_FOR_VACATION : null;
            }
            case EndVacation() -> {
                return pet.status == Status.ON_VACATION ? null : Refusal.NOT_ON_VACATION;
            }
            case Release() -> {
                return null;
            }
            default -> {
                if (pet.status == Status.ON_VACATION) {
                    return Refusal.ON_VACATION;
                }
            }
        }
        boolean egg = pet.isEgg();
        return switch (action) {
            case Feed(Food food) -> {
                if (egg) {
                    yield Refusal.EGG;
                }
                if (pet.asleep) {
                    yield Refusal.ASLEEP;
                }
                if (food == Food.CRAB && pet.stage() == Stage.HATCHLING) {
                    yield Refusal.TOO_YOUNG;
                }
                yield pet.satiety >= NOT_HUNGRY_FROM_SATIETY ? Refusal.NOT_HUNGRY : null;
            }
            case Play(Toy toy) -> {
                if (egg) {
                    yield Refusal.EGG;
                }
                if (pet.asleep) {
                    yield Refusal.ASLEEP;
                }
                yield pet.energy < PLAY_ENERGY_COST ? Refusal.TOO_TIRED : null;
            }
            case Clean() -> null;
            case Sleep() -> {
                if (egg) {
                    yield Refusal.EGG;
                }
                if (pet.asleep) {
                    yield Refusal.ALREADY_ASLEEP;
                }
                yield pet.energy >= NOT_TIRED_FROM_ENERGY ? Refusal.NOT_TIRED : null;
            }
            case Wake() -> {
                if (egg) {
                    yield Refusal.EGG;
                }
                if (!pet.asleep) {
                    yield Refusal.ALREADY_AWAKE;
                }
                // With no energy at all it would drop off again at once.
                yield pet.energy <= 0 ? Refusal.TOO_TIRED : null;
            }
            case Stroke() -> {
                if (egg) {
                    yield Refusal.EGG;
                }
                yield pet.asleep ? Refusal.ASLEEP : null;
            }
            case Train(Trick trick) -> {
                if (pet.stage().compareTo(Stage.JUVENILE) < 0) {
                    yield Refusal.TOO_YOUNG;
                }
                if (pet.asleep) {
                    yield Refusal.ASLEEP;
                }
                if (pet.energy < TRAIN_ENERGY_COST) {
                    yield Refusal.TOO_TIRED;
                }
                yield pet.tricks.knows(trick) ? Refusal.ALREADY_LEARNED : null;
            }
            case Heal() -> pet.sick ? null : Refusal.NOT_SICK;
            case StartVacation(), EndVacation(), Release() -> throw new AssertionError("decided above");
        };
    }

    /**
     * Applies {@code action}, which {@link #refusal} allowed, and records its effects in {@code
     * happenings}. {@code roll} is the action's random number in [0, 1).
     */
    static void perform(MutableOctopus pet, Action action, double roll, List<Happening> happenings) {
        boolean juvenile = pet.isJuvenile();
        boolean wasAsleep = pet.asleep;
        switch (action) {
            case Feed(Food food) -> {
                RecentCare recent = pet.recentCare;
                int inARow = food == recent.lastFood() ? recent.sameFoodInARow() + 1 : 1;
                pet.recentCare = new RecentCare(food, inARow, recent.lastToy());
                boolean boring = inARow >= BORING_FOOD_IN_A_ROW;
                pet.satiety = MutableOctopus.clamp(pet.satiety + (boring ? food.satiety() / 2 : food.satiety()));
                pet.cleanliness = MutableOctopus.clamp(pet.cleanliness - FOOD_CLEANLINESS_COST);
                if (boring) {
                    pet.joy = MutableOctopus.clamp(pet.joy - BORING_FOOD_JOY_COST);
                }
                if (juvenile) {
                    pet.juvenileCare = pet.juvenileCare.fed(food);
                }
                happenings.add(new Happening.Fed(food, boring));
            }
            case Play(Toy toy) -> {
                RecentCare recent = pet.recentCare;
                boolean sameToy = toy == recent.lastToy() && pet.sinceLastPlay < SAME_TOY_WITHIN_HOURS;
                pet.joy = MutableOctopus.clamp(pet.joy + (sameToy ? SAME_TOY_JOY : PLAY_JOY));
                pet.energy = MutableOctopus.clamp(pet.energy - PLAY_ENERGY_COST);
                pet.satiety = MutableOctopus.clamp(pet.satiety - PLAY_SATIETY_COST);
                pet.recentCare = new RecentCare(recent.lastFood(), recent.sameFoodInARow(), toy);
                pet.sinceLastPlay = 0;
                if (juvenile) {
                    pet.juvenileCare = pet.juvenileCare.played();
                }
                happenings.add(new Happening.Played(toy, sameToy));
            }
            case Clean() -> {
                pet.cleanliness = MutableOctopus.MAX;
                pet.dirtyWater = 0;
                pet.joy = MutableOctopus.clamp(pet.joy - CLEAN_JOY_COST);
                if (juvenile) {
                    pet.juvenileCare = pet.juvenileCare.cleaned();
                }
                happenings.add(new Happening.Cleaned());
            }
            case Sleep() -> {
                pet.asleep = true;
                happenings.add(new Happening.WentToSleep());
            }
            case Wake() -> {
                boolean groggy = pet.energy < GROGGY_BELOW_ENERGY;
                pet.asleep = false;
                if (groggy) {
                    pet.joy = MutableOctopus.clamp(pet.joy - GROGGY_JOY_COST);
                }
                happenings.add(new Happening.WokeUp(groggy));
            }
            case Stroke() -> {
                if (pet.trust < SKITTISH_BELOW_TRUST && roll < STARTLE_CHANCE) {
                    pet.ink = MutableOctopus.clamp(pet.ink - STARTLE_INK_COST);
                    pet.joy = MutableOctopus.clamp(pet.joy - STARTLE_JOY_COST);
                    pet.scared = SCARED_HOURS;
                    happenings.add(new Happening.StartledAndInked());
                } else {
                    pet.trust = MutableOctopus.clamp(pet.trust + STROKE_TRUST * pet.species.trustGainFactor());
                    pet.joy = MutableOctopus.clamp(pet.joy + STROKE_JOY);
                    happenings.add(new Happening.Stroked());
                }
                if (juvenile) {
                    pet.juvenileCare = pet.juvenileCare.stroked();
                }
            }
            case Train(Trick trick) -> {
                double chance = trainingSuccessChance(pet.joy, pet.trust);
                pet.energy = MutableOctopus.clamp(pet.energy - TRAIN_ENERGY_COST);
                if (roll < chance) {
                    int needed = pet.species.successesToLearn();
                    int successes = pet.tricks.successes(trick) + 1;
                    pet.tricks = pet.tricks.withSuccess(trick, needed);
                    happenings.add(
                            successes >= needed
                                    ? new Happening.LearnedTrick(trick)
                                    : new Happening.TrainingSucceeded(trick, successes, needed));
                } else {
                    happenings.add(new Happening.TrainingFailed(trick));
                }
                if (juvenile) {
                    pet.juvenileCare = pet.juvenileCare.trained();
                }
            }
            case Heal() -> {
                pet.sick = false;
                pet.health = MutableOctopus.clamp(pet.health + HEAL_HEALTH);
                pet.joy = MutableOctopus.clamp(pet.joy - HEAL_JOY_COST);
                // A cure is a fresh start: a new illness needs a new drop below 30 or 2 more dirty hours.
                pet.healthAlarmArmed = pet.health >= MutableOctopus.SICK_BELOW_HEALTH;
                pet.dirtyWater = 0;
                happenings.add(new Happening.Healed());
            }
            case StartVacation() -> {
                pet.status = Status.ON_VACATION;
                pet.vacation = 0;
                happenings.add(new Happening.VacationStarted());
            }
            case EndVacation() -> {
                pet.status = Status.ACTIVE;
                happenings.add(new Happening.VacationEnded(false));
            }
            case Release() -> {
                pet.status = Status.RELEASED;
                happenings.add(new Happening.Released());
            }
        }
        pet.interacted();
        pet.settle();
        if (!wasAsleep && pet.asleep && !(action instanceof Sleep)) {
            happenings.add(new Happening.FellAsleepExhausted());
        }
    }

    /** The chance a training session succeeds: clamp((joy + trust) / 250 + 0.2, 0.2, 0.95). */
    static double trainingSuccessChance(double joy, double trust) {
        return Math.clamp((joy + trust) / 250 + 0.2, 0.2, 0.95);
    }
}
