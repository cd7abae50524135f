package io.pytopus.system.security;

import java.time.Duration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spares PostgreSQL a write on nearly every request. Spring Session JDBC moves a session's last
 * access time on every request and updates its row for that alone: one committed write (and its
 * WAL flush) per read. This replaces the library's session update with one that leaves the row
 * alone while nothing but the access time moved, by less than {@code resolution}; a new id, a new
 * principal or a new timeout is always written. Sessions live 14 days, so an expiry up to a minute
 * early is invisible; the load test measured the gain (docs/performance.md).
 *
 * <p>Same parameters, in the same order, as the library's own query (spring-session-jdbc 4.0,
 * {@code UPDATE_SESSION_QUERY}); {@code SessionTouchThrottleIT} checks both halves of the rule.
 */
final class SessionTouchThrottle implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    private final Duration resolution;

    SessionTouchThrottle(Duration resolution) {
        this.resolution = resolution;
    }

    @Override
    public void customize(JdbcIndexedSessionRepository repository) {
        repository.setUpdateSessionQuery(updateQuery(resolution));
    }

    static String updateQuery(Duration resolution) {
        return """
                UPDATE %%TABLE_NAME%% AS s
                   SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                       MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                       PRINCIPAL_NAME = v.principal_name
                  FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
                                CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
                       AS v(session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
                 WHERE s.PRIMARY_ID = v.primary_id
                   AND (s.SESSION_ID <> v.session_id
                        OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                        OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                        OR v.last_access_time - s.LAST_ACCESS_TIME >= %d)
                """.formatted(resolution.toMillis());
    }
}
