package io.pytopus.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Operator settings of the attention scheduler, {@code pytopus.attention}.
 *
 * @param batchSize how many due pets one transaction claims (and keeps locked until it commits)
 * @param interval the pause between two runs; a run works until no pet is due
 * @param nudgeWindow the least time between two nudges about the same pet
 * @param retryAfterFailure when a pet whose nudge failed is tried again
 */
@Validated
@ConfigurationProperties("pytopus.attention")
record AttentionProperties(
        @DefaultValue("100") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("30s") Duration interval,
        @DefaultValue("3h") Duration nudgeWindow,
        @DefaultValue("15m") Duration retryAfterFailure) {

    AttentionProperties {
        if (!interval.isPositive() || !nudgeWindow.isPositive() || !retryAfterFailure.isPositive()) {
            throw new IllegalArgumentException(
                    "pytopus.attention.interval, nudge-window and retry-after-failure must be positive");
        }
    }
}
