package io.pytopus.system.web;

import io.pytopus.system.ProblemException;
import java.sql.SQLTransientException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * A store the request needs is unreachable or too slow to answer within the configured timeouts: no
 * PostgreSQL pool connection within Hikari's connection timeout, a transaction past its timeout, a
 * data store's connection failure. The request changed nothing, since its transaction rolled back,
 * so the honest answer is 503 with a time to retry, not a 500 (docs/reliability.md, the
 * slow-database drill).
 */
final class TemporarilyUnavailable {

    static final String CODE = "TEMPORARILY_UNAVAILABLE";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private TemporarilyUnavailable() {}

    /** Whether the failure, or any of its causes, means a store could not serve in time. */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionTimedOutException
                    || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static ProblemException problem() {
        return ProblemException.unavailable(
                CODE, "Pytopus is too busy to answer right now; nothing was changed. Please try again.", RETRY_AFTER);
    }
}
