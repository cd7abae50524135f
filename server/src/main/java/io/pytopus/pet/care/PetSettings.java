package io.pytopus.pet.care;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator settings of the pet module.
 *
 * @param maxLivingPetsPerOwner how many octopuses (eggs included) one owner may keep at once; gone
 *     ones (escaped, released) do not count
 * @param writeAttempts how often a care action is tried when other writes to the same pet win the
 *     optimistic lock first
 * @param cacheTtl how long a pet snapshot stays in Redis without being read
 * @param localCacheSize how many parsed pets each instance keeps in process, besides Redis (ADR 0028)
 * @param metricsEvery how often the count of active pets ({@code pytopus.pets.active}) is refreshed
 */
@ConfigurationProperties("pytopus.pets")
record PetSettings(
        @DefaultValue("5") int maxLivingPetsPerOwner,
        @DefaultValue("60") int writeAttempts,
        @DefaultValue("10m") Duration cacheTtl,
        @DefaultValue("60s") Duration metricsEvery,
        @DefaultValue("10000") int localCacheSize) {}
