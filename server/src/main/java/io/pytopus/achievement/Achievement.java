package io.pytopus.achievement;

/**
 * The catalogue of achievements, in the order the API lists them. Each is unlocked at most once per
 * user; the ones marked "a pet" name the pet that earned it first.
 */
public enum Achievement {
    /** A pet hatched from its egg. */
    FIRST_HATCH("First hatch", "One of your eggs hatched."),
    /** A pet learned its first trick. */
    FIRST_TRICK("First trick", "One of your octopuses learned a trick."),
    /** One pet learned five different tricks. */
    FIVE_TRICKS("Five tricks", "One of your octopuses learned five different tricks."),
    /** One pet was fed every kind of food. */
    GOURMET("Gourmet", "One of your octopuses tasted shrimp, clam and crab."),
    /** Twenty cleanings over all the user's pets. */
    CLEAN_FREAK("Clean freak", "You cleaned tanks 20 times."),
    /** Care on seven consecutive UTC days. */
    WEEK_STREAK("Week streak", "You cared for your octopuses 7 days in a row."),
    /** A pet became an elder. */
    ELDER("Elder", "One of your octopuses became a wise elder.");

    private final String title;
    private final String description;

    Achievement(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** A short name to show. */
    public String title() {
        return title;
    }

    /** What it takes, in one sentence. */
    public String description() {
        return description;
    }
}
