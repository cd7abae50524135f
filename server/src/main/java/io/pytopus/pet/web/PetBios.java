package io.pytopus.pet.web;

/**
 * What a bio may hold: plain text of at most 280 characters, line breaks allowed, no other control
 * characters. It is stored and served as typed; the web app renders it as text, never as HTML.
 */
final class PetBios {

    static final int MAX_LENGTH = 280;
    static final String LENGTH_RULE = "bio is at most 280 characters";
    static final String PATTERN = "^(?:[^\\p{Cntrl}]|\\n)*$";
    static final String RULE = "bio must be plain text: no control characters other than line breaks";

    private PetBios() {}
}
