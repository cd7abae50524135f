package io.pytopus.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.Resource;

/** The passwords everyone guesses first (see {@code account/10k-most-common.NOTICE.md}). */
final class CommonPasswords {

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    static CommonPasswords load(Resource list) {
        var passwords = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common password list " + list, e);
        }
        if (passwords.isEmpty()) {
            throw new IllegalStateException("The common password list " + list + " is empty");
        }
        return new CommonPasswords(passwords);
    }

    static CommonPasswords of(String... passwords) {
        return new CommonPasswords(Set.of(passwords));
    }

    /** Case-insensitive: {@code QwertyUiop} is as guessable as {@code qwertyuiop}. */
    boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }
}
