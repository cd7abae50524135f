package io.pytopus.notification.email;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The weekly digest job, {@code pytopus.digest}.
 *
 * @param cron when the job starts (Spring cron, in {@code zone}); it digests the last complete
 *     Monday-to-Sunday week (UTC) before that moment
 * @param zone the time zone of {@code cron}
 * @param batchSize users whose jobs one transaction enqueues
 * @param resumeEvery how often a worker looks for a run to carry on (one stopped half way, say)
 * @param keepTallies how long weekly tallies (and the ids of the events counted) are kept
 */
@Validated
@ConfigurationProperties("pytopus.digest")
public record DigestProperties(
        @DefaultValue("0 0 8 * * MON") String cron,
        @DefaultValue("UTC") String zone,
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("1m") Duration resumeEvery,
        @DefaultValue("56d") Duration keepTallies) {}
