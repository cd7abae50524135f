package io.pytopus.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The secret a session cookie carries: 256 random bits, base64url without padding (43 characters).
 * PostgreSQL and the cache know a session only by the SHA-256 {@link #hash()} of its token, so
 * neither a database dump nor a heap dump holds a token anyone could sign in with.
 *
 * @param value the cookie's value
 */
record SessionToken(String value) {

    private static final int BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    SessionToken {
        if (!WELL_FORMED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a session token");
        }
    }

    static SessionToken generate(SecureRandom random) {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new SessionToken(BASE64URL.encodeToString(bytes));
    }

    /**
     * The token in a cookie's value, if it is shaped like one. Anything else (a planted value, a
     * Spring Session id from before ADR 0025) is no session, and costs no database query.
     */
    static Optional<SessionToken> parse(@Nullable String cookieValue) {
        return cookieValue != null && WELL_FORMED.matcher(cookieValue).matches()
                ? Optional.of(new SessionToken(cookieValue))
                : Optional.empty();
    }

    /** The SHA-256 of the token: the session's key in PostgreSQL and in the cache. */
    SessionHash hash() {
        try {
            return new SessionHash(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Never the token itself: a record's default would put it in any log line that names one. */
    @Override
    public String toString() {
        return "SessionToken[…]";
    }
}
