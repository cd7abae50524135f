package io.pytopus.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.account.AccountPreferences;
import io.pytopus.account.UserPreferences;
import io.pytopus.pet.PetAttention;
import io.pytopus.pet.PetAttention.DuePet;
import io.pytopus.system.WorkerRole;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nudges owners whose octopuses need them (DESIGN §3, data flow 5). Each run claims the due pets in
 * batches, one transaction per batch ({@code FOR UPDATE SKIP LOCKED}, so any number of workers share
 * the work), and for each pet decides:
 *
 * <ul>
 *   <li>it needs nothing after all (asleep, still on vacation, gone): its next attention is
 *       recomputed from its advanced state;
 *   <li>its owner's quiet hours are on: it is due again when they end;
 *   <li>its owner was nudged about it less than a nudge window ago: it is due again when the window
 *       ends;
 *   <li>otherwise a notification names what it needs, and it is due again a window later.
 * </ul>
 *
 * <p>Before that, a pet that fell sick or escaped while nobody looked has the change stored and its
 * {@code PetFellSick} or {@code PetEscaped} published, through {@link PetAttention#recordWhatTimeBrought}.
 *
 * <p>Every claimed pet leaves the run due strictly later than the run's instant, so a run ends.
 * Care actions store a fresh attention instant; a pet still inside its window is then deferred again.
 */
@Component
@WorkerRole
class AttentionScheduler {

    private static final Logger log = LoggerFactory.getLogger(AttentionScheduler.class);

    private final PetAttention pets;
    private final AccountPreferences accounts;
    private final NotificationRepository notifications;
    private final Notifications posting;
    private final Clock clock;
    private final AttentionProperties properties;
    private final TransactionTemplate batch;
    private final TransactionTemplate onePet;
    private final MeterRegistry meters;

    AttentionScheduler(
            PetAttention pets,
            AccountPreferences accounts,
            NotificationRepository notifications,
            Notifications posting,
            Clock clock,
            AttentionProperties properties,
            PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.pets = pets;
        this.accounts = accounts;
        this.notifications = notifications;
        this.posting = posting;
        this.clock = clock;
        this.properties = properties;
        this.meters = meters;
        this.batch = new TransactionTemplate(transactions);
        // A savepoint per pet: one pet that fails is retried later without undoing the batch.
        this.onePet = new TransactionTemplate(transactions);
        this.onePet.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Scheduled(
            initialDelayString = "${pytopus.attention.interval:30s}",
            fixedDelayString = "${pytopus.attention.interval:30s}")
    void onSchedule() {
        try {
            int claimed = run();
            if (claimed > 0) {
                log.debug("Attention run looked after {} pet(s)", claimed);
            }
        } catch (RuntimeException e) {
            // PostgreSQL unreachable, say: the next run tries again, and the pets stay due.
            log.warn("Attention run failed, retrying at the next run: {}", e.toString());
        }
    }

    /**
     * Looks after every pet due now, batch after batch, and returns how many it claimed. Pets other
     * runs hold are left to them.
     */
    int run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int total = 0;
        while (true) {
            Integer claimed = batch.execute(tx -> attendBatch(now));
            total += claimed == null ? 0 : claimed;
            if (claimed == null || claimed < properties.batchSize()) {
                return total;
            }
        }
    }

    private int attendBatch(Instant now) {
        var due = pets.claimDue(now, properties.batchSize());
        Map<UUID, Optional<UserPreferences>> owners = new HashMap<>();
        for (DuePet pet : due) {
            if (pet.changedWhileAlone()) {
                recordWhatTimeBrought(pet, now);
            }
            try {
                Outcome outcome = onePet.execute(tx -> attend(pet, now, owners));
                meters.counter("pytopus.attention.pets", "outcome", outcome.tag())
                        .increment();
            } catch (RuntimeException e) {
                log.error("Could not look after pet {}; trying again later", pet.id(), e);
                pets.deferAttention(pet.id(), now.plus(properties.retryAfterFailure()));
                meters.counter("pytopus.attention.pets", "outcome", "failed").increment();
            }
        }
        return due.size();
    }

    /**
     * In a savepoint of its own, so a failure here still lets the owner be nudged; the change is then
     * reported by the owner's next action instead, as before.
     */
    private void recordWhatTimeBrought(DuePet pet, Instant now) {
        try {
            onePet.executeWithoutResult(tx -> pets.recordWhatTimeBrought(pet.id(), now));
            meters.counter("pytopus.attention.changes-recorded").increment();
        } catch (RuntimeException e) {
            log.error("Could not store what time brought pet {}; its next action will", pet.id(), e);
        }
    }

    private Outcome attend(DuePet pet, Instant now, Map<UUID, Optional<UserPreferences>> owners) {
        if (pet.needs().isEmpty()) {
            defer(pet, pet.nextAttentionAt(), now);
            return Outcome.NOTHING_NEEDED;
        }
        var preferences = owners.computeIfAbsent(pet.ownerId(), accounts::preferencesOf);
        if (preferences.isEmpty()) {
            // The account is being deleted, and its pets with it (ON DELETE CASCADE); just in case.
            defer(pet, now.plus(properties.interval()), now);
            return Outcome.NOTHING_NEEDED;
        }
        var quietUntil = preferences.get().quietUntil(now);
        if (quietUntil.isPresent()) {
            defer(pet, quietUntil.get(), now);
            return Outcome.QUIET_HOURS;
        }
        var window = properties.nudgeWindow();
        if (!notifications.startNudge(pet.id(), now, window)) {
            var windowEnd = notifications.lastNudgeAt(pet.id()).orElse(now).plus(window);
            defer(pet, windowEnd, now);
            return Outcome.NUDGED_RECENTLY;
        }
        var nudge = Nudges.of(pet.name(), pet.needs());
        defer(pet, now.plus(window), now);
        // Last: its event must not outlive a rollback of this savepoint.
        posting.post(new Notification(
                UUID.randomUUID(), pet.ownerId(), pet.id(), nudge.kind(), nudge.title(), nudge.body(), now, null));
        return Outcome.NUDGED;
    }

    /**
     * Stores when the pet is due again, rounded up to PostgreSQL's microseconds and strictly after
     * {@code now} (a pet due now after all waits one interval), so this run never claims it again.
     */
    private void defer(DuePet pet, @Nullable Instant next, Instant now) {
        if (next == null) {
            pets.deferAttention(pet.id(), null);
            return;
        }
        Instant micros = next.truncatedTo(ChronoUnit.MICROS);
        if (micros.isBefore(next)) {
            micros = micros.plus(1, ChronoUnit.MICROS);
        }
        pets.deferAttention(pet.id(), micros.isAfter(now) ? micros : now.plus(properties.interval()));
    }

    private enum Outcome {
        NUDGED,
        NUDGED_RECENTLY,
        QUIET_HOURS,
        NOTHING_NEEDED;

        String tag() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
