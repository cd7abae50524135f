package io.pytopus.account.internal;

import java.util.Optional;

/**
 * What a new password must be: long enough, not absurdly long, and not one of the most common
 * passwords. Length rather than composition rules (NIST SP 800-63B): a long password of any
 * characters beats a short one with a digit and a symbol.
 */
final class PasswordPolicy {

    private final int minLength;
    private final int maxLength;
    private final CommonPasswords common;

    PasswordPolicy(int minLength, int maxLength, CommonPasswords common) {
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("Need 1 <= minLength <= maxLength, not " + minLength + ", " + maxLength);
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.common = common;
    }

    /** Why the password is refused, in words for the user; empty when it is acceptable. */
    Optional<String> violation(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            return Optional.of("must have at least " + minLength + " characters");
        }
        if (length > maxLength) {
            return Optional.of("must have at most " + maxLength + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        if (common.contains(password)) {
            return Optional.of("is one of the 10,000 most common passwords; please choose another");
        }
        return Optional.empty();
    }
}
