package io.pytopus.notification.email;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Pytopus sends email, {@code pytopus.mail} (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from the sender, such as {@code Pytopus <octopus@example.com>}
 * @param publicUrl where users reach the web app; links in emails start with it
 * @param signingKey the key (base64, at least 32 bytes) that signs unsubscribe links; empty: one is
 *     made once and kept in PostgreSQL
 * @param nudgeExpiresAfter a nudge not sent by then is given up: its news is stale
 * @param digestExpiresAfter a digest not sent by then is given up: the next one is due
 * @param keepFinished how long sent, cancelled and expired emails are kept (their dedupe keys with
 *     them); longer than any redelivery of the message that asked for them
 * @param retry when a failed send is tried again
 */
@Validated
@ConfigurationProperties("pytopus.mail")
public record MailProperties(
        @DefaultValue("Pytopus <octopus@pytopus.localhost>") String from,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("") String signingKey,
        @DefaultValue("12h") Duration nudgeExpiresAfter,
        @DefaultValue("7d") Duration digestExpiresAfter,
        @DefaultValue("30d") Duration keepFinished,
        @DefaultValue Retry retry) {

    /**
     * @param every how often pending emails whose next attempt is due are looked for
     * @param batchSize the most emails one look sends
     * @param initialBackoff the pause after the first failed attempt, multiplied by {@code multiplier}
     *     after each further one, up to {@code maxBackoff}
     */
    public record Retry(
            @DefaultValue("15s") Duration every,
            @DefaultValue("50") @Min(1) @Max(10_000) int batchSize,
            @DefaultValue("1m") Duration initialBackoff,
            @DefaultValue("2") @DecimalMin("1.0") double multiplier,
            @DefaultValue("1h") Duration maxBackoff) {

        /** The pause before attempt {@code attempts + 1}, after {@code attempts} failed ones (≥ 1). */
        public Duration backoffAfter(int attempts) {
            double factor = Math.pow(multiplier, Math.max(0, attempts - 1));
            double millis = Math.min(initialBackoff.toMillis() * factor, maxBackoff.toMillis());
            return Duration.ofMillis((long) millis);
        }
    }
}
