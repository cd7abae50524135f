package io.pytopus.account.internal;

import io.pytopus.system.RateLimit;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits on guessing passwords and creating accounts. Per account, so a password cannot be
 * guessed slowly from many addresses; per address, so many accounts cannot be tried from one.
 * Each is {@code {capacity, period}}; an unset one takes the default below.
 */
@ConfigurationProperties("pytopus.rate-limit")
record AuthRateLimits(
        @DefaultValue Login login, @DefaultValue Register register) {

    /**
     * @param perIp sign-in attempts from one client address (default 30 per 5 minutes)
     * @param perAccount sign-in attempts and password confirmations for one email address (default
     *     10 per 15 minutes)
     */
    record Login(@Nullable RateLimit perIp, @Nullable RateLimit perAccount) {
        Login {
            perIp = perIp != null ? perIp : new RateLimit(30, Duration.ofMinutes(5));
            perAccount = perAccount != null ? perAccount : new RateLimit(10, Duration.ofMinutes(15));
        }
    }

    /** @param perIp accounts created from one client address (default 10 per hour) */
    record Register(@Nullable RateLimit perIp) {
        Register {
            perIp = perIp != null ? perIp : new RateLimit(10, Duration.ofHours(1));
        }
    }
}
