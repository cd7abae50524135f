package io.pytopus.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes ended sessions now and then, so the table holds only live ones. Ended sessions never
 * authenticate anyway (every lookup checks the expiries); this only keeps the table small. Every
 * instance runs it; concurrent runs delete disjoint rows or nothing.
 */
@Component
class SessionCleanup {

    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

    private final Sessions sessions;

    SessionCleanup(Sessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(
            initialDelayString = "${pytopus.sessions.cleanup-every:10m}",
            fixedDelayString = "${pytopus.sessions.cleanup-every:10m}")
    void deleteEnded() {
        try {
            int deleted = sessions.deleteEnded();
            if (deleted > 0) {
                log.debug("Deleted {} ended session(s)", deleted);
            }
        } catch (DataAccessException e) {
            log.warn("Could not delete ended sessions; trying again later: {}", e.toString());
        }
    }
}
