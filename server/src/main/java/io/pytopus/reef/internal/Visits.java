package io.pytopus.reef.internal;

import io.pytopus.account.DisplayNames;
import io.pytopus.account.PytopusUser;
import io.pytopus.pet.PublicPet;
import io.pytopus.pet.PublicPets;
import io.pytopus.reef.PetWaved;
import io.pytopus.reef.SnackGiven;
import io.pytopus.system.ProblemException;
import io.pytopus.system.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What visitors do in the reef (ADR 0022): each visit is one PostgreSQL transaction that applies the
 * rule, counts the visit and publishes its event (the outbox). The octopus must be in the reef and
 * not the visitor's own; every visitor has one budget of visits for all octopuses.
 */
@Service
class Visits {

    private final PublicPets pets;
    private final ReefRepository visits;
    private final DisplayNames names;
    private final RateLimiter rateLimiter;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ReefProperties properties;
    private final Clock clock;

    Visits(
            PublicPets pets,
            ReefRepository visits,
            DisplayNames names,
            RateLimiter rateLimiter,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            ReefProperties properties,
            Clock clock) {
        this.pets = pets;
        this.visits = visits;
        this.names = names;
        this.rateLimiter = rateLimiter;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A wave from {@code visitor}.
     *
     * @return the waves the octopus has received, this one included
     * @throws ProblemException 404 when the octopus is not in the reef, 409 {@code OWN_PET} for
     *     one's own, 409 {@code ALREADY_WAVED} within the cooldown, 429 past the visit budget
     */
    long wave(PytopusUser visitor, UUID petId) {
        var pet = visitable(visitor, petId);
        Instant now = now();
        return transactions.execute(tx -> {
            if (!visits.wave(petId, visitor.id(), now, properties.waveCooldown())) {
                var last = visits.lastWave(petId, visitor.id()).orElse(now);
                var wait = Duration.between(now, last.plus(properties.waveCooldown()));
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                throw ProblemException.conflict(
                                "ALREADY_WAVED",
                                "You waved at " + pet.name() + " a moment ago; wave again in "
                                        + Math.max(1, (seconds + 59) / 60) + " min.")
                        .withProperty("retryAfterSeconds", seconds);
            }
            long waves = visits.countWave(petId);
            events.publishEvent(new PetWaved(
                    UUID.randomUUID(), petId, pet.ownerId(), pet.name(), visitor.id(), nameOf(visitor), now));
            return waves;
        });
    }

    /**
     * The visitor's snack of the day for someone's octopus.
     *
     * @return the snacks the octopus has received, this one included
     * @throws ProblemException 404 when the octopus is not in the reef, 409 {@code OWN_PET} for
     *     one's own, 409 {@code SNACK_ALREADY_GIVEN} for a second snack on the same UTC day, 429 past
     *     the visit budget
     */
    long snack(PytopusUser visitor, UUID petId) {
        var pet = visitable(visitor, petId);
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return transactions.execute(tx -> {
            if (!visits.snack(petId, visitor.id(), today, now)) {
                throw ProblemException.conflict(
                                "SNACK_ALREADY_GIVEN",
                                "You already gave " + pet.name() + " a snack today; come back tomorrow (UTC).")
                        .withProperty(
                                "nextSnackAt", today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            long snacks = visits.countSnack(petId);
            events.publishEvent(new SnackGiven(
                    UUID.randomUUID(), petId, pet.ownerId(), pet.name(), visitor.id(), nameOf(visitor), now));
            return snacks;
        });
    }

    private PublicPet visitable(PytopusUser visitor, UUID petId) {
        var pet = pets.find(petId).orElseThrow(() -> ProblemException.notFound("The octopus"));
        if (pet.ownerId().equals(visitor.id())) {
            throw ProblemException.conflict(
                    "OWN_PET", pet.name() + " is your own octopus: visits are for other people's.");
        }
        rateLimiter.consume("reef:visits:" + visitor.id(), properties.visitsPerVisitor());
        return pet;
    }

    /** The visitor's current display name (the session's copy may be older). */
    private String nameOf(PytopusUser visitor) {
        return names.displayNamesOf(List.of(visitor.id())).getOrDefault(visitor.id(), visitor.displayName());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
