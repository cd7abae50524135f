package io.pytopus.system.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again what the relay could not: every publication still incomplete after {@code
 * pytopus.events.resubmit-older-than} (the broker was down or did not confirm). Publications left
 * over by a crash are resubmitted at start-up as well ({@code
 * spring.modulith.events.republish-outstanding-events-on-restart}). Also drops completed
 * publications after {@code keep-completed}, so the outbox table stays small.
 *
 * <p>Every process runs it; two resubmitting the same publication at once only cause a duplicate
 * delivery, which consumers ignore.
 */
class OutboxResubmission {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventRelayProperties properties;

    OutboxResubmission(
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            EventRelayProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
    }

    @Scheduled(
            initialDelayString = "${pytopus.events.resubmit-every}",
            fixedDelayString = "${pytopus.events.resubmit-every}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
            completed.deletePublicationsOlderThan(properties.keepCompleted());
        } catch (RuntimeException e) {
            // PostgreSQL unreachable: the next run tries again; nothing is lost meanwhile.
            log.warn("Resubmitting incomplete event publications failed: {}", e.toString());
        }
    }
}
