package io.pytopus.notification.email;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secret that signs unsubscribe links: {@code pytopus.mail.signing-key} ({@code
 * PYTOPUS_MAIL_SIGNING_KEY}) when set, otherwise one made by the first process that needs it and kept
 * in PostgreSQL ({@code mail_signing_key}, V8), so every replica signs alike and links outlive
 * restarts without any configuration. Read once per process.
 */
@Component
class MailSigningKey {

    static final int MIN_BYTES = 32;

    private final JdbcClient jdbc;
    private final String configured;
    private volatile byte[] secret;

    MailSigningKey(JdbcClient jdbc, MailProperties properties) {
        this.jdbc = jdbc;
        this.configured = properties.signingKey();
        if (StringUtils.hasText(configured)) {
            // Fail at start-up, not at the first email.
            this.secret = decode(configured);
        }
    }

    byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            synchronized (this) {
                known = secret;
                if (known == null) {
                    known = fromDatabase();
                    secret = known;
                }
            }
        }
        return known.clone();
    }

    private byte[] fromDatabase() {
        var fresh = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(fresh);
        // Whoever inserts first wins; everyone reads the winner's.
        jdbc.sql("INSERT INTO mail_signing_key (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
                .param("secret", fresh)
                .update();
        return jdbc.sql("SELECT secret FROM mail_signing_key WHERE id = 1")
                .query(byte[].class)
                .single();
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("pytopus.mail.signing-key (PYTOPUS_MAIL_SIGNING_KEY) is not base64", e);
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException("pytopus.mail.signing-key (PYTOPUS_MAIL_SIGNING_KEY) must hold at least "
                    + MIN_BYTES + " bytes, base64-encoded; it holds " + key.length);
        }
        return key;
    }
}
