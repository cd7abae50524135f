package io.pytopus.search.internal;

import io.pytopus.pet.PublicPet;
import io.pytopus.pet.simulation.Mood;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Trick;
import io.pytopus.reef.ReefProfile;
import io.pytopus.search.JournalEntrySource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A made-up reef for the search benchmark: pets with pronounceable names, owners, bios from an
 * ocean vocabulary, and journal entries in the journal's own sentence shapes. Deterministic for a
 * seed, so every run searches the same data.
 */
final class SearchData {

    static final String[] SYLLABLES = {
        "in", "ky", "oc", "to", "pus", "mar", "lo", "ri", "sa", "qu", "bel", "zo", "fin", "ta", "nu", "ce", "lu",
        "ra", "mo", "pi", "cor", "al", "ne", "mi", "shel", "ka", "wa", "ve", "dor", "ly", "ba", "ro", "tin", "ga"
    };
    static final String[] TITLES = {"Sir", "Lady", "Captain", "Professor", "Little", "Big"};
    static final String[] FIRST_NAMES = {
        "Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Goran", "Hana", "Ines", "Jon", "Kai", "Lena", "Milo", "Nour",
        "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Vik", "Wen", "Xavi", "Yara", "Zoe"
    };
    static final String[] WORDS = {
        "loves",
        "shrimp",
        "crabs",
        "clams",
        "bubbles",
        "jars",
        "puzzles",
        "mirror",
        "ball",
        "sleeps",
        "dreams",
        "colour",
        "coral",
        "reef",
        "tank",
        "shell",
        "sand",
        "ink",
        "waves",
        "tentacles",
        "curious",
        "shy",
        "playful",
        "gourmet",
        "scholar",
        "cuddly",
        "grumpy",
        "spins",
        "camouflage",
        "hides",
        "explores",
        "sunny",
        "stormy",
        "ocean",
        "deep",
        "blue",
        "orange",
        "red",
        "quiet",
        "loud",
        "friendly",
        "clever",
        "sleepy",
        "hungry",
        "happy",
        "swims",
        "dances",
        "juggles",
        "collects",
        "pebbles",
        "treasure",
        "pirate",
        "sailor",
        "moon",
        "tide",
        "kelp",
        "seahorse",
        "starfish",
        "anemone",
        "lagoon",
        "harbour",
        "lighthouse",
        "storm",
        "rainbow",
        "glitter",
        "secret"
    };
    static final String[] FOODS = {"shrimp", "clam", "crab"};
    static final String[] TOYS = {"ball", "jar puzzle", "mirror", "bubbles"};

    private final Random random;
    private final Instant now = Instant.parse("2026-06-01T12:00:00Z");
    private final List<UUID> owners = new ArrayList<>();
    private final List<String> ownerNames = new ArrayList<>();
    final List<PublicPet> pets = new ArrayList<>();

    SearchData(long seed, int ownerCount) {
        this.random = new Random(seed);
        for (int i = 0; i < ownerCount; i++) {
            owners.add(new UUID(random.nextLong(), random.nextLong()));
            ownerNames.add(pick(FIRST_NAMES) + " " + pick(FIRST_NAMES).charAt(0) + ".");
        }
    }

    String name() {
        var name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(pick(SYLLABLES));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return random.nextInt(10) == 0 ? pick(TITLES) + " " + name : name.toString();
    }

    ReefProfile pet() {
        int owner = random.nextInt(owners.size());
        var species = Species.values()[random.nextInt(Species.values().length)];
        int roll = random.nextInt(100);
        var stage = roll < 5
                ? Stage.EGG
                : roll < 20 ? Stage.HATCHLING : roll < 45 ? Stage.JUVENILE : roll < 85 ? Stage.ADULT : Stage.ELDER;
        Personality personality = stage.compareTo(Stage.ADULT) >= 0
                ? Personality.values()[1 + random.nextInt(Personality.values().length - 1)]
                : null;
        var tricks = new ArrayList<Trick>();
        for (Trick trick : Trick.values()) {
            if (stage.compareTo(Stage.JUVENILE) >= 0 && random.nextInt(3) == 0) {
                tricks.add(trick);
            }
        }
        var hatched = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
        var pet = new PublicPet(
                new UUID(random.nextLong(), random.nextLong()),
                owners.get(owner),
                name(),
                random.nextInt(10) < 7 ? sentence(8 + random.nextInt(13)) : null,
                "#c8553d",
                species,
                stage,
                personality,
                tricks,
                hatched,
                hatched.plus(Duration.ofMinutes(random.nextInt(600))),
                Mood.CONTENT,
                Mood.CONTENT.skin(),
                1);
        pets.add(pet);
        long waves = random.nextInt(4) == 0 ? random.nextInt(200) : 0;
        return new ReefProfile(pet, ownerNames.get(owner), waves);
    }

    /** One journal entry of a random pet, in one of the journal's sentence shapes. */
    JournalEntrySource.Entry entry(long position) {
        var pet = pets.get(random.nextInt(pets.size()));
        String name = pet.name();
        String text = switch (random.nextInt(10)) {
            case 0 -> name + " ate a " + pick(FOODS) + ".";
            case 1 -> name + " played with the " + pick(TOYS) + ", then fell asleep exhausted.";
            case 2 ->
                name + " learned " + Trick.values()[random.nextInt(Trick.values().length)] + " after "
                        + (2 + random.nextInt(6)) + " tries.";
            case 3 -> pick(FIRST_NAMES) + " waved at " + name + " from the reef.";
            case 4 -> name + " got a clean tank.";
            case 5 -> name + " enjoyed a stroke, then went to sleep.";
            case 6 ->
                name + " practised " + Trick.values()[random.nextInt(Trick.values().length)] + " without success.";
            case 7 -> name + " ate a " + pick(FOODS) + " yet again, with less appetite.";
            case 8 -> pick(FIRST_NAMES) + " gave " + name + " a snack.";
            default -> name + " woke up groggy.";
        };
        return new JournalEntrySource.Entry(
                position,
                new UUID(random.nextLong(), random.nextLong()),
                pet.id(),
                pet.ownerId(),
                "CareGiven",
                text,
                now.minus(Duration.ofSeconds(random.nextInt(90 * 24 * 3600))));
    }

    String sentence(int words) {
        var sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sentence.append(' ');
            }
            sentence.append(pick(WORDS));
        }
        sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
        return sentence.append('.').toString();
    }

    /** The name with one letter (not the first) dropped or doubled: a typical typo. */
    String misspelled(String name) {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 1));
        return random.nextBoolean()
                ? name.substring(0, at) + name.substring(Math.min(name.length(), at + 1))
                : name.substring(0, at) + name.charAt(at - 1) + name.substring(at);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    Random random() {
        return random;
    }
}
