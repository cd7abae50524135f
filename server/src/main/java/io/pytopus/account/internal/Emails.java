package io.pytopus.account.internal;

import java.util.Locale;

/** One spelling per address, so {@code " Ink@Reef.io"} and {@code "ink@reef.io"} are one account. */
final class Emails {

    private Emails() {}

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
