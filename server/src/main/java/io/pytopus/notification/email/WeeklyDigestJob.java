package io.pytopus.notification.email;

import io.pytopus.account.EmailList;
import io.pytopus.account.EmailSubscriptions;
import io.pytopus.system.WorkerRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest as a batch job (DESIGN §3, data flow 5): on its schedule it enqueues one {@link
 * WeeklyDigestDue} job per user who opted in, through the outbox to RabbitMQ, where {@link
 * WeeklyDigestConsumer} writes and sends each digest.
 *
 * <p>A run is one row of {@code digest_runs} per week, advanced a page of users per transaction
 * (keyset paging by user id): the jobs of a page and the run's new cursor commit together. So any
 * number of workers may fire the schedule (the run's row lock lets one advance it at a time), a run
 * that stops half way is carried on by the next look ({@code resume-every}), and a week already run
 * enqueues nothing again. A user who opts in after their week's run has passed them gets the next
 * week's.
 */
@Component
@WorkerRole
class WeeklyDigestJob {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigestJob.class);

    private final DigestRuns runs;
    private final EmailSubscriptions subscriptions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final DigestProperties properties;
    private final Clock clock;

    WeeklyDigestJob(
            DigestRuns runs,
            EmailSubscriptions subscriptions,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            DigestProperties properties,
            Clock clock) {
        this.runs = runs;
        this.subscriptions = subscriptions;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${pytopus.digest.cron:0 0 8 * * MON}", zone = "${pytopus.digest.zone:UTC}")
    void onSchedule() {
        var week = Weeks.lastCompleteWeekBefore(clock.instant());
        try {
            int enqueued = enqueue(week);
            log.info("Weekly digest of the week of {}: {} job(s) enqueued", week, enqueued);
        } catch (RuntimeException e) {
            log.warn("Weekly digest of the week of {} stopped; it resumes later: {}", week, e.toString());
        }
    }

    @Scheduled(
            initialDelayString = "${pytopus.digest.resume-every:1m}",
            fixedDelayString = "${pytopus.digest.resume-every:1m}")
    void resumeUnfinished() {
        try {
            for (var week : runs.unfinished()) {
                carryOn(week);
            }
        } catch (RuntimeException e) {
            log.warn("Could not resume the weekly digest runs: {}", e.toString());
        }
    }

    /**
     * Runs the digest of the week starting {@code weekStart} (a Monday): starts it unless it exists,
     * then enqueues what is left of it.
     *
     * @return how many jobs this call enqueued (0 for a week already run)
     */
    int enqueue(LocalDate weekStart) {
        Weeks.requireMonday(weekStart);
        transactions.executeWithoutResult(tx -> runs.start(weekStart, now()));
        return carryOn(weekStart);
    }

    private int carryOn(LocalDate weekStart) {
        int total = 0;
        while (true) {
            Integer page = transactions.execute(tx -> enqueuePage(weekStart));
            if (page == null || page < 0) {
                return total;
            }
            total += page;
            if (page < properties.batchSize()) {
                return total;
            }
        }
    }

    /** One page in one transaction; -1 when the run is finished or another worker holds it. */
    private int enqueuePage(LocalDate weekStart) {
        var cursor = runs.lockUnfinished(weekStart);
        if (cursor.isEmpty()) {
            return -1;
        }
        Instant now = now();
        var users =
                subscriptions.subscribers(EmailList.WEEKLY_DIGEST, cursor.get().lastUserId(), properties.batchSize());
        for (var user : users) {
            events.publishEvent(WeeklyDigestDue.of(user, weekStart, now));
        }
        if (!users.isEmpty()) {
            runs.advance(weekStart, users.getLast(), cursor.get().enqueued() + users.size());
        }
        if (users.size() < properties.batchSize()) {
            runs.finish(weekStart, now);
        }
        return users.size();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
