package io.pytopus.achievement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the achievement rules need to know of an owner's care, kept by the worker from the events
 * themselves (ADR 0026) rather than read from the pets' history. Each method records what one batch
 * of events brought and answers with everything recorded so far, the new records included. Every
 * record is idempotent (a redelivered event records nothing new) and keeps the earliest instant, so
 * the answers do not depend on the order events arrive in. The caller holds the owner's lock ({@link
 * AchievementProgress#lock}), so no other worker records for the owner meanwhile.
 */
interface CareProgress {

    /**
     * Records cleanings of the owner's pets.
     *
     * @return the instants of every cleaning of the owner's recorded so far, in any order
     */
    List<Instant> cleanings(UUID ownerId, Collection<Cleaning> cleanings);

    /**
     * Records care actions of the owner's pets.
     *
     * @return the owner's first care instant of each day (UTC) from {@code from} to {@code to},
     *     for the days with care
     */
    Map<LocalDate, Instant> careDays(UUID ownerId, Collection<Instant> cares, LocalDate from, LocalDate to);

    /**
     * Records a first of some kind: a pet tasted a food, or learned a trick.
     *
     * @return for each pet named in {@code firsts}, when it first got each item of that kind
     */
    Map<UUID, Map<String, Instant>> firsts(UUID ownerId, Kind kind, Collection<First> firsts);

    /** A cleaning: the pet's action number {@code seq} tells one from another. */
    record Cleaning(UUID petId, long seq, Instant at) {}

    /** A pet got an item (a food, a trick) at an instant. */
    record First(UUID petId, String item, Instant at) {}

    enum Kind {
        FOOD,
        TRICK
    }
}
