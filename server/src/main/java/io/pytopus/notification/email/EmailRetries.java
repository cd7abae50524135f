package io.pytopus.notification.email;

import io.pytopus.system.WorkerRole;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's background work in worker processes: sends the emails whose next attempt is due
 * (those that failed, or waited for quiet hours to end), and forgets finished emails and old weekly
 * tallies.
 */
@Component
@WorkerRole
class EmailRetries {

    private static final Logger log = LoggerFactory.getLogger(EmailRetries.class);

    private final EmailDelivery delivery;
    private final EmailOutbox outbox;
    private final WeekTallies tallies;
    private final MailProperties mail;
    private final DigestProperties digest;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EmailRetries(
            EmailDelivery delivery,
            EmailOutbox outbox,
            WeekTallies tallies,
            MailProperties mail,
            DigestProperties digest,
            TransactionTemplate transactions,
            Clock clock) {
        this.delivery = delivery;
        this.outbox = outbox;
        this.tallies = tallies;
        this.mail = mail;
        this.digest = digest;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${pytopus.mail.retry.every:15s}",
            fixedDelayString = "${pytopus.mail.retry.every:15s}")
    void onSchedule() {
        try {
            int tried = delivery.attemptDue(mail.retry().batchSize());
            if (tried > 0) {
                log.debug("Tried {} pending email(s)", tried);
            }
        } catch (RuntimeException e) {
            // PostgreSQL unreachable, say: the emails stay pending for the next round.
            log.warn("Pending emails not tried, trying again at the next round: {}", e.toString());
        }
    }

    @Scheduled(cron = "${pytopus.mail.prune-cron:0 23 * * * *}")
    void prune() {
        Instant now = clock.instant();
        try {
            Integer emails = transactions.execute(tx -> outbox.pruneFinished(now.minus(mail.keepFinished())));
            Integer counted = transactions.execute(tx ->
                    tallies.prune(Weeks.weekOf(now.minus(digest.keepTallies())), now.minus(digest.keepTallies())));
            log.debug("Pruned {} finished email(s) and {} tally row(s)", emails, counted);
        } catch (RuntimeException e) {
            log.warn("Email housekeeping failed, trying again later: {}", e.toString());
        }
    }
}
