package io.pytopus.pet.care;

import io.pytopus.pet.PetHatched;
import io.pytopus.pet.PetOwnership;
import io.pytopus.pet.PetProfileChanged;
import io.pytopus.pet.simulation.ActionOutcome;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.pet.simulation.OctopusState;
import io.pytopus.pet.simulation.Simulation;
import io.pytopus.pet.simulation.Species;
import io.pytopus.system.IdempotencyKey;
import io.pytopus.system.Outbox;
import io.pytopus.system.ProblemException;
import io.pytopus.system.WriteAlong;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything an owner does to their octopuses. Each change is one PostgreSQL transaction: read the
 * pet with its version, advance it to now, apply, store snapshot and history, and publish the domain
 * events of the change ({@link io.pytopus.pet.PetEvent}), which Spring Modulith's event publication
 * registry stores in the same transaction (the outbox). When another write to
 * the same pet commits first, the whole step is retried on fresh data (optimistic locking), so every
 * acknowledged action is stored exactly once and in order.
 *
 * <p>Authorization is per object: a pet that is not the caller's is reported as not found, so ids of
 * other people's pets reveal nothing.
 */
@Service
public class PetCare implements PetOwnership {

    private final PetRepository pets;
    private final PetCache cache;
    private final Simulation simulation;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final RetryTemplate retry;
    private final PetSettings settings;
    private final ApplicationEventPublisher events;
    private final PetMetrics metrics;
    private final Outbox outbox;

    PetCare(
            PetRepository pets,
            PetCache cache,
            Simulation simulation,
            Clock clock,
            TransactionTemplate transactions,
            PetSettings settings,
            ApplicationEventPublisher events,
            PetMetrics metrics,
            Outbox outbox) {
        this.pets = pets;
        this.outbox = outbox;
        this.events = events;
        this.metrics = metrics;
        this.cache = cache;
        this.simulation = simulation;
        this.clock = clock;
        this.transactions = transactions;
        this.settings = settings;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .includes(OptimisticLockingFailureException.class)
                .maxRetries(settings.writeAttempts() - 1)
                .delay(Duration.ofMillis(2))
                .jitter(Duration.ofMillis(2))
                .multiplier(1.5)
                .maxDelay(Duration.ofMillis(50))
                .build());
    }

    /** Lays a new egg for {@code ownerId}. */
    public PetView hatch(UUID ownerId, String name, Species species, String color) {
        return transactions.execute(tx -> {
            long living = pets.findByOwner(ownerId).stream()
                    .filter(p -> p.state().status().present())
                    .count();
            if (living >= settings.maxLivingPetsPerOwner()) {
                throw new ProblemException(
                        HttpStatus.CONFLICT,
                        "TOO_MANY_PETS",
                        "You already care for " + living + " octopuses; the limit is "
                                + settings.maxLivingPetsPerOwner() + ".");
            }
            Instant now = now();
            UUID id = UUID.randomUUID();
            OctopusState egg = simulation.hatchEgg(id, species, now);
            var pet = new PetRecord(id, ownerId, name, color, false, null, egg, 0, 0, now);
            pets.insert(pet, simulation.nextAttentionAt(egg).orElse(null));
            events.publishEvent(new PetHatched(UUID.randomUUID(), id, ownerId, name, now, species));
            return view(pet, now);
        });
    }

    /** The caller's pets, advanced to now. */
    public List<PetView> list(UUID ownerId) {
        Instant now = now();
        return pets.findByOwner(ownerId).stream().map(p -> view(p, now)).toList();
    }

    /** One of the caller's pets, advanced to now. */
    public PetView get(UUID ownerId, UUID petId) {
        return view(owned(ownerId, petId), now());
    }

    /** Applies an action to one of the caller's pets (no {@code Idempotency-Key} to record). */
    public ActResult act(UUID ownerId, UUID petId, ActionType type, String item) {
        return act(ownerId, petId, type, item, IdempotencyKey.NONE, result -> result);
    }

    /**
     * Applies an action to one of the caller's pets, in two PostgreSQL round trips (ADR 0028): the pet
     * is read, the action applied in memory, and the new snapshot, the action, its events (the
     * outbox) and the request's idempotency record with its {@code answer} are written by one
     * statement, which commits. When another write to the same pet commits in between, the whole step
     * is retried on fresh data (optimistic locking), so every acknowledged action is stored exactly
     * once and in order.
     *
     * @param answer what the caller will answer with: recorded, as JSON, with the key
     * @throws ProblemException 409 with the refusal reason as its code when the octopus refuses
     */
    public <R> R act(
            UUID ownerId, UUID petId, ActionType type, String item, IdempotencyKey key, Function<ActResult, R> answer) {
        var action = type.toAction(item);
        var attempts = new AtomicInteger();
        return retry.invoke(() -> {
            // The first attempt may start from the cache: the write checks the version, and a retry reads PostgreSQL.
            boolean cached = attempts.getAndIncrement() == 0;
            PetRecord pet = cached ? ownedCopy(ownerId, petId) : ownedForWrite(ownerId, petId);
            Instant now = now();
            long seq = pet.actionCount() + 1;
            return switch (simulation.apply(pet.state(), action, now, seq)) {
                case ActionOutcome.Refused refused
                when cached ->
                    // A refusal writes nothing, so no version check would catch a cache that lags: ask PostgreSQL.
                    throw new OptimisticLockingFailureException("Refused on the cached pet " + petId + "; checking");
                case ActionOutcome.Refused refused -> {
                    metrics.refused(type, refused.reason());
                    throw new ProblemException(
                            HttpStatus.CONFLICT,
                            refused.reason().name(),
                            RefusalMessages.of(refused.reason(), pet.name()));
                }
                case ActionOutcome.Applied applied -> {
                    var stored = new StoredAction(seq, type, item, applied.happenings(), now);
                    var changed = pet.withState(applied.state(), seq).withVersion(pet.version() + 1);
                    var events = PetEvents.of(pet, stored, trick -> pets.trainingSessions(petId, trick) + 1);
                    var result = answer.apply(new ActResult(stored, view(changed, now)));
                    var along = new ArrayList<WriteAlong>(2);
                    along.add(outbox.along(events));
                    key.recording(result).ifPresent(along::add);
                    try {
                        pets.write(pet.withState(applied.state(), seq), attention(applied.state()), stored, along);
                    } catch (DataIntegrityViolationException e) {
                        throw key.replayInsteadOf(e);
                    }
                    along.forEach(WriteAlong::committed);
                    cache.put(changed);
                    metrics.committed(events);
                    yield result;
                }
            };
        });
    }

    /**
     * Renames a pet, writes its bio, or shows it in (hides it from) the public reef. {@code null}
     * leaves a setting as it is; an empty {@code bio} removes it. When anything changed, publishes
     * {@link PetProfileChanged} in the same transaction, so the reef's index follows.
     */
    public PetView update(UUID ownerId, UUID petId, String name, Boolean isPublic, String bio) {
        return retry.invoke(() -> transactions.execute(tx -> {
            PetRecord pet = ownedForWrite(ownerId, petId);
            Instant now = now();
            // Settings changes are no care: the snapshot is advanced only to keep it current.
            var advanced = simulation.advance(pet.state(), now);
            String newName = name == null ? pet.name() : name;
            boolean newPublic = isPublic == null ? pet.isPublic() : isPublic;
            String newBio = bio == null ? pet.bio() : (bio.isBlank() ? null : bio);
            var changed = pet.withProfile(newName, newPublic, newBio).withState(advanced, pet.actionCount());
            var updated = pets.update(changed, attention(advanced));
            boolean renamed = !newName.equals(pet.name());
            boolean shown = newPublic != pet.isPublic();
            boolean rewritten = !Objects.equals(newBio, pet.bio());
            if (renamed || shown || rewritten) {
                events.publishEvent(new PetProfileChanged(
                        UUID.randomUUID(),
                        petId,
                        ownerId,
                        newName,
                        now,
                        renamed ? pet.name() : null,
                        newPublic,
                        shown,
                        rewritten));
            }
            cache.putAfterCommit(updated);
            return view(updated, now);
        }));
    }

    /** The applied actions of one of the caller's pets, oldest first. */
    public List<StoredAction> history(UUID ownerId, UUID petId) {
        owned(ownerId, petId);
        return pets.history(petId);
    }

    @Override
    public void requireOwner(UUID ownerId, UUID petId) {
        owned(ownerId, petId);
    }

    private PetRecord owned(UUID ownerId, UUID petId) {
        return owned(ownerId, petId, cache.get(petId));
    }

    /** This instance's copy, unchecked: only for a write, which checks the version itself. */
    private PetRecord ownedCopy(UUID ownerId, UUID petId) {
        return owned(ownerId, petId, cache.getForWrite(petId));
    }

    private PetRecord owned(UUID ownerId, UUID petId, Optional<PetRecord> cached) {
        var pet = cached.orElseGet(() -> {
            var stored = pets.findById(petId).orElseThrow(PetCare::notFound);
            cache.put(stored);
            return stored;
        });
        if (!pet.ownedBy(ownerId)) {
            throw notFound();
        }
        return pet;
    }

    /** After a conflict, a write starts from PostgreSQL: the cache may lag a concurrent writer. */
    private PetRecord ownedForWrite(UUID ownerId, UUID petId) {
        var pet = pets.findById(petId).filter(p -> p.ownedBy(ownerId)).orElseThrow(PetCare::notFound);
        return pet;
    }

    /**
     * The instant of this request, to the microsecond: PostgreSQL stores time in microseconds, and the
     * snapshot must carry the same instant as the stored action so that a replay reproduces it.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Instant attention(OctopusState state) {
        return simulation.nextAttentionAt(state).orElse(null);
    }

    private PetView view(PetRecord pet, Instant now) {
        var state = simulation.advance(pet.state(), now);
        return new PetView(pet, state, simulation.nextAttentionAt(state).orElse(null));
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("The octopus");
    }

    /** The result of an applied action: what it did and the pet afterwards. */
    public record ActResult(StoredAction action, PetView pet) {

        public List<Happening> happenings() {
            return action.happenings();
        }
    }
}
