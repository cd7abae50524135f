package io.pytopus.account.internal;

import java.util.Base64;

/**
 * A session's key: the SHA-256 hash of its {@link SessionToken}, as the base64url text the cache
 * keys on, and as the bytes PostgreSQL keys on.
 *
 * @param text base64url without padding, 43 characters
 */
record SessionHash(String text) {

    SessionHash(byte[] digest) {
        this(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    byte[] bytes() {
        return Base64.getUrlDecoder().decode(text);
    }
}
