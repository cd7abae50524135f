package io.pytopus.search;

/**
 * The search indices. Each is an alias ({@code pets}, {@code journal}) over one versioned index
 * ({@code pets-v3}), so a reindex builds the next version and swaps the alias at once.
 */
public enum SearchIndex {
    /** The public reef: one document per octopus that is public and in its owner's care. */
    PETS("pets"),
    /** Every journal entry, searchable by its pet's owner only. */
    JOURNAL("journal");

    private final String alias;

    SearchIndex(String alias) {
        this.alias = alias;
    }

    /** The alias readers and writers use, such as {@code pets}. */
    public String alias() {
        return alias;
    }
}
