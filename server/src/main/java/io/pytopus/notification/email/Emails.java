package io.pytopus.notification.email;

import io.pytopus.account.EmailList;
import io.pytopus.account.EmailSubscriptions.Subscriber;
import io.pytopus.notification.email.EmailOutbox.Delivery;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Makes outbox entries: the recipient, the links, the {@code Message-ID}, the expiry. */
@Component
class Emails {

    private final MailProperties properties;
    private final UnsubscribeTokens tokens;

    Emails(MailProperties properties, MailSigningKey key) {
        this.properties = properties;
        this.tokens = new UnsubscribeTokens(key::secret);
    }

    /**
     * An email for {@code subscriber}, rendered by {@code render} from its unsubscribe link.
     *
     * @param dedupeKey one per (user, kind, period or notification): the outbox sends each key once
     */
    Delivery delivery(
            String dedupeKey,
            Subscriber subscriber,
            EmailKind kind,
            Instant now,
            Duration expiresAfter,
            Function<String, RenderedEmail> render) {
        String unsubscribe = unsubscribeUrl(subscriber.userId(), kind.list());
        return new Delivery(
                dedupeKey,
                subscriber.userId(),
                kind,
                recipient(subscriber),
                render.apply(unsubscribe),
                unsubscribe,
                messageId(dedupeKey),
                0,
                now,
                now.plus(expiresAfter));
    }

    /** The one-click unsubscribe link of the user for {@code list}: no sign-in needed. */
    String unsubscribeUrl(UUID userId, EmailList list) {
        return UriComponentsBuilder.fromUri(properties.publicUrl())
                .path(UnsubscribeController.BASE + "/" + tokens.tokenFor(userId, list))
                .build()
                .toUriString();
    }

    /** The web app's address, for "see your octopus" links. */
    String appUrl() {
        return properties.publicUrl().toString();
    }

    UnsubscribeTokens tokens() {
        return tokens;
    }

    private String messageId(String dedupeKey) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
            String host = properties.publicUrl().getHost() == null
                    ? "pytopus"
                    : properties.publicUrl().getHost();
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@" + host + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String recipient(Subscriber subscriber) {
        try {
            return new InternetAddress(subscriber.email(), subscriber.displayName(), StandardCharsets.UTF_8.name())
                    .toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
