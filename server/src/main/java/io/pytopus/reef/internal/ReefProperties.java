package io.pytopus.reef.internal;

import io.pytopus.system.RateLimit;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of visits to the reef ({@code pytopus.reef.*}, ADR 0022).
 *
 * @param waveCooldown how long a visitor waits before waving at the same octopus again
 * @param visitsPerVisitor waves and snacks one visitor may give in all, to any octopuses (default 60
 *     an hour): enough for a friendly stroll through the reef, too few to spam every owner's journal
 */
@ConfigurationProperties("pytopus.reef")
record ReefProperties(
        @DefaultValue("1h") Duration waveCooldown, @Nullable RateLimit visitsPerVisitor) {

    ReefProperties {
        visitsPerVisitor = visitsPerVisitor != null ? visitsPerVisitor : new RateLimit(60, Duration.ofHours(1));
    }
}
