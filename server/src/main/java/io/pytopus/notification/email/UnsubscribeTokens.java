package io.pytopus.notification.email;

import io.pytopus.account.EmailList;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe tokens: who (a user id) leaves which list, signed with HMAC-SHA256 so nobody can make
 * one for somebody else. A token never expires (an old email's link keeps working, as mail clients
 * expect) and grants nothing but leaving that list.
 *
 * <p>Format: {@code base64url(version · list · user id)} "." {@code base64url(first 16 bytes of the
 * HMAC of the first part)}, about 47 characters, safe in a URL path.
 */
final class UnsubscribeTokens {

    private static final byte VERSION = 1;
    private static final int PAYLOAD_BYTES = 2 + 16;
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Supplier<byte[]> secret;

    UnsubscribeTokens(Supplier<byte[]> secret) {
        this.secret = secret;
    }

    String tokenFor(UUID userId, EmailList list) {
        var payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .put(VERSION)
                .put(code(list))
                .putLong(userId.getMostSignificantBits())
                .putLong(userId.getLeastSignificantBits())
                .array();
        String encoded = ENCODER.encodeToString(payload);
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    /** Who leaves which list, if the token is one of ours; empty for anything else. */
    Optional<Unsubscription> verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 100) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        byte[] payload;
        byte[] mac;
        try {
            payload = DECODER.decode(encoded);
            mac = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(mac, mac(encoded))) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(payload);
        if (buffer.get() != VERSION) {
            return Optional.empty();
        }
        var list = list(buffer.get());
        var userId = new UUID(buffer.getLong(), buffer.getLong());
        return list.map(l -> new Unsubscription(userId, l));
    }

    private byte[] mac(String encodedPayload) {
        try {
            var hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            return Arrays.copyOf(hmac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Stable codes, independent of the enum's order. */
    private static byte code(EmailList list) {
        return switch (list) {
            case NUDGES -> 'N';
            case WEEKLY_DIGEST -> 'D';
        };
    }

    private static Optional<EmailList> list(byte code) {
        return switch (code) {
            case 'N' -> Optional.of(EmailList.NUDGES);
            case 'D' -> Optional.of(EmailList.WEEKLY_DIGEST);
            default -> Optional.empty();
        };
    }

    /** A verified token: {@code userId} leaves {@code list}. */
    record Unsubscription(UUID userId, EmailList list) {}
}
