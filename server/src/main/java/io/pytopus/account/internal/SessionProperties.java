package io.pytopus.account.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in sessions live, are recognised and end (ADR 0025).
 *
 * @param cookie the cookie that carries the session's token
 * @param idleTimeout a session unused for this long has ended
 * @param absoluteTimeout a session ends this long after sign-in, however busy
 * @param touchEvery how stale a session's last-seen time may get before a request moves it (and
 *     with it the idle expiry): at most one write per session per interval, never one per request
 * @param cache the in-process cache of validated sessions
 * @param cleanupEvery how often ended sessions are deleted from PostgreSQL
 */
@ConfigurationProperties("pytopus.sessions")
record SessionProperties(
        @DefaultValue Cookie cookie,
        @DefaultValue("14d") Duration idleTimeout,
        @DefaultValue("90d") Duration absoluteTimeout,
        @DefaultValue("1m") Duration touchEvery,
        @DefaultValue Cache cache,
        @DefaultValue("10m") Duration cleanupEvery) {

    /**
     * @param name {@code SESSION}; production uses {@code __Host-SESSION}, which browsers accept only
     *     when Secure, for path {@code /} and without a Domain
     * @param secure whether the cookie is sent over HTTPS only; it is also Secure whenever the request
     *     came over HTTPS
     */
    record Cookie(
            @DefaultValue("SESSION") String name,
            @DefaultValue("false") boolean secure) {}

    /**
     * @param timeToLive how long a validated session is believed without asking PostgreSQL: the bound
     *     on how long a revocation that no broadcast delivered can go unnoticed
     * @param maxSize sessions kept at most; the least recently used go first
     */
    record Cache(
            @DefaultValue("30s") Duration timeToLive,
            @DefaultValue("10000") long maxSize) {}
}
