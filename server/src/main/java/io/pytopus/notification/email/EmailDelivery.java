package io.pytopus.notification.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.account.EmailSubscriptions;
import io.pytopus.notification.email.EmailOutbox.Delivery;
import io.pytopus.notification.email.EmailOutbox.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each attempt is one transaction that locks the email's row ({@code FOR
 * UPDATE SKIP LOCKED}), talks to SMTP and records the outcome, so no two workers ever send the same
 * email, and a failure leaves it pending for a later attempt:
 *
 * <ul>
 *   <li>past its expiry: given up ({@code EXPIRED}), its news is stale;
 *   <li>the user left its list, or the account is gone: {@code CANCELLED};
 *   <li>the user's quiet hours are on: due again when they end, as nudges are;
 *   <li>otherwise sent ({@code SENT}) or, if SMTP failed, tried again after a backoff.
 * </ul>
 */
@Component
class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private final EmailOutbox outbox;
    private final Mailer mailer;
    private final EmailSubscriptions subscriptions;
    private final MailProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Counter sent;

    EmailDelivery(
            EmailOutbox outbox,
            Mailer mailer,
            EmailSubscriptions subscriptions,
            MailProperties properties,
            Clock clock,
            PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
        this.meters = meters;
        this.sent = Counter.builder("pytopus.notifications.sent")
                .description("Notifications sent, by channel")
                .tag("channel", "email")
                .register(meters);
    }

    /** Stores a new email (once per dedupe key), then tries to send it at once. */
    Outcome enqueueAndSend(Delivery email) {
        boolean added = Boolean.TRUE.equals(transactions.execute(tx -> outbox.enqueue(email)));
        if (!added) {
            log.debug("Email {} exists already; not sent again", email.dedupeKey());
        }
        return attempt(email.dedupeKey());
    }

    /** Tries the email with this key if it is pending and due (and nobody else is at it). */
    Outcome attempt(String dedupeKey) {
        Outcome outcome = transactions.execute(tx -> {
            Instant now = now();
            return outbox.lockDue(dedupeKey, now)
                    .map(email -> attempt(email, now))
                    .orElse(Outcome.NOT_DUE);
        });
        return outcome == null ? Outcome.NOT_DUE : outcome;
    }

    /**
     * Tries up to {@code max} pending emails that are due, one transaction each, and stops at the
     * first SMTP failure (the server is likely down; the rest stay due for the next round).
     *
     * @return how many were tried
     */
    int attemptDue(int max) {
        int tried = 0;
        while (tried < max) {
            Optional<Outcome> outcome = Optional.ofNullable(transactions.execute(tx -> {
                Instant now = now();
                return outbox.lockNextDue(now).map(email -> attempt(email, now)).orElse(null);
            }));
            if (outcome.isEmpty()) {
                break;
            }
            tried++;
            if (outcome.get() == Outcome.FAILED) {
                break;
            }
        }
        return tried;
    }

    private Outcome attempt(Delivery email, Instant now) {
        if (!now.isBefore(email.expiresAt())) {
            outbox.finish(email.dedupeKey(), Status.EXPIRED, now);
            count("expired");
            log.warn("Gave up on email {} after {} attempt(s): expired", email.dedupeKey(), email.attempts());
            return Outcome.EXPIRED;
        }
        var subscriber = subscriptions.subscriber(email.userId());
        if (subscriber.isEmpty()
                || !subscriber.get().preferences().subscribedTo(email.kind().list())) {
            outbox.finish(email.dedupeKey(), Status.CANCELLED, now);
            count("cancelled");
            return Outcome.CANCELLED;
        }
        var quietUntil = subscriber.get().preferences().quietUntil(now);
        if (quietUntil.isPresent()) {
            outbox.postpone(email.dedupeKey(), quietUntil.get());
            count("quiet-hours");
            return Outcome.QUIET_HOURS;
        }
        try {
            mailer.send(email);
        } catch (MailException e) {
            int attempts = email.attempts() + 1;
            var next = now.plus(properties.retry().backoffAfter(attempts));
            outbox.failed(email.dedupeKey(), attempts, next, e.toString());
            count("failed");
            log.warn(
                    "Email {} not sent (attempt {}), trying again at {}: {}",
                    email.dedupeKey(),
                    attempts,
                    next,
                    e.toString());
            return Outcome.FAILED;
        }
        outbox.finish(email.dedupeKey(), Status.SENT, now);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sent.increment();
            }
        });
        count("sent");
        return Outcome.SENT;
    }

    private void count(String outcome) {
        meters.counter("pytopus.email.attempts", "outcome", outcome).increment();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    enum Outcome {
        SENT,
        FAILED,
        QUIET_HOURS,
        CANCELLED,
        EXPIRED,
        /** Not pending, not due yet, or another worker holds it. */
        NOT_DUE
    }
}
