package io.pytopus.pet.web;

/** What a pet may be called: 1–24 letters, digits, spaces, hyphens and apostrophes, not only blanks. */
final class PetNames {

    static final String PATTERN = "^(?=.*[\\p{L}\\p{N}])[\\p{L}\\p{N} '\\-]{1,24}$";
    static final String RULE =
            "name must be 1 to 24 characters of letters, digits, spaces, '-' and ''' with at least one letter or digit";

    private PetNames() {}
}
