package io.pytopus.achievement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the achievement rules need to know of the owners' care, kept by the worker from the events
 * themselves (ADR 0026) rather than read from the pets' history. Each method records what one batch
 * of events brought, for all its owners at once, and answers with everything recorded so far, the new
 * records included. Every record is idempotent (a redelivered event records nothing new) and keeps
 * the earliest instant, so the answers do not depend on the order events arrive in. The caller holds
 * the owners' locks ({@link AchievementProgress#lock}), so no other worker records for them
 * meanwhile.
 */
interface CareProgress {

    /**
     * Records cleanings of the owners' pets.
     *
     * @return for each of the owners, the instants of every cleaning recorded so far, in any order
     */
    Map<UUID, List<Instant>> cleanings(Map<UUID, List<Cleaning>> byOwner);

    /**
     * Records care actions of the owners' pets.
     *
     * @param around how many days before and after each day with new care the answer covers
     * @return for each of the owners, the first care instant of each day (UTC) with care, for the
     *     days within {@code around} days of a day with new care
     */
    Map<UUID, Map<LocalDate, Instant>> careDays(Map<UUID, List<Instant>> byOwner, int around);

    /**
     * Records firsts of one kind: pets tasting a food, or learning a trick.
     *
     * @return for each pet named, when it first got each item of that kind
     */
    Map<UUID, Map<String, Instant>> firsts(Kind kind, Map<UUID, List<First>> byOwner);

    /** A cleaning: the pet's action number {@code seq} tells one from another. */
    record Cleaning(UUID petId, long seq, Instant at) {}

    /** A pet got an item (a food, a trick) at an instant. */
    record First(UUID petId, String item, Instant at) {}

    enum Kind {
        FOOD,
        TRICK
    }
}
