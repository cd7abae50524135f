package io.pytopus.account.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.account.PytopusUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sign-in sessions (ADR 0025): started at sign-in, recognised on every request, renamed, ended.
 * PostgreSQL is their store of record; this instance's {@link SessionCache} spares it the lookups
 * of a busy session, and {@link SessionRevocations} makes an ended session end on every instance.
 *
 * <p>Times are the wall clock's, never the simulation's (whose clock tests move forward by days).
 */
class Sessions {

    private final SessionRepository repository;
    private final SessionCache cache;
    private final SessionRevocations revocations;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final Duration touchEvery;
    private final Counter fromCache;
    private final Counter fromDatabase;

    Sessions(
            SessionRepository repository,
            SessionCache cache,
            SessionRevocations revocations,
            SessionProperties properties,
            Clock clock,
            SecureRandom random,
            MeterRegistry meters) {
        this.repository = repository;
        this.cache = cache;
        this.revocations = revocations;
        this.clock = clock;
        this.random = random;
        this.idleTimeout = properties.idleTimeout();
        this.absoluteTimeout = properties.absoluteTimeout();
        this.touchEvery = properties.touchEvery();
        this.fromCache = lookups(meters, "cache");
        this.fromDatabase = lookups(meters, "database");
        Gauge.builder("pytopus.sessions.cache.trusted", cache, trusted -> trusted.trusted() ? 1 : 0)
                .description("1 while this instance hears every session revocation and believes its cached sessions")
                .register(meters);
        Gauge.builder("pytopus.sessions.cache.size", cache, SessionCache::size)
                .description("Validated sessions cached on this instance")
                .baseUnit("sessions")
                .register(meters);
    }

    private static Counter lookups(MeterRegistry meters, String source) {
        return Counter.builder("pytopus.sessions.lookups")
                .description("Session cookies resolved: from this instance's cache, or from PostgreSQL")
                .tag("source", source)
                .register(meters);
    }

    /**
     * Starts a session for the user under a new random token: never one the browser brought, so an
     * id planted before sign-in is worthless (session fixation).
     */
    SessionToken start(PytopusUser user) {
        var token = SessionToken.generate(random);
        var hash = token.hash();
        var now = clock.instant();
        var expiresAt = now.plus(absoluteTimeout);
        var session = new StoredSession(user, now, StoredSession.idleExpiry(now, idleTimeout, expiresAt), expiresAt);
        long generation = cache.generation();
        repository.insert(hash, user, now, session.idleExpiresAt(), expiresAt);
        cache.put(hash, session, generation);
        return token;
    }

    /**
     * The user whose session this is, if it has not ended: from the cache when it is trusted and
     * holds the session, else from PostgreSQL, which also moves the session's last-seen time when it
     * is {@code touch-every} old (a write at most that often, never one per request).
     */
    Optional<PytopusUser> resolve(SessionToken token) {
        var hash = token.hash();
        var now = clock.instant();
        var cached = cache.get(hash);
        if (cached != null && cached.validAt(now)) {
            fromCache.increment();
            return Optional.of(cached.user());
        }
        long generation = cache.generation();
        fromDatabase.increment();
        var found = repository.findValid(hash, now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var session = found.get();
        if (session.dueForTouch(now, touchEvery)) {
            session = session.touched(now, idleTimeout);
            repository.touch(hash, now, session.idleExpiresAt(), now.minus(touchEvery));
        }
        cache.put(hash, session, generation);
        return Optional.of(session.user());
    }

    /** Puts the user's new display name into all their sessions, on every instance. */
    void rename(PytopusUser user) {
        repository.updatePrincipal(user);
        changed(user.id());
    }

    /** Ends the session, here and on every instance; nothing happens if it had already ended. */
    void end(SessionToken token) {
        repository.delete(token.hash()).ifPresent(this::changed);
    }

    /**
     * Ends every session of the user (the account is deleted, say). In a transaction, the
     * instances are told once it has committed.
     *
     * @return how many sessions ended
     */
    int endAll(UUID userId) {
        int ended = repository.deleteAllOf(userId);
        changed(userId);
        return ended;
    }

    /** Deletes the sessions that have ended (they no longer authenticate anyway). */
    int deleteEnded() {
        return repository.deleteEnded(clock.instant());
    }

    /**
     * Forgets the user's cached sessions here and tells the other instances to, once the change is
     * visible to them in PostgreSQL: after the commit when there is a transaction, else now.
     */
    private void changed(UUID userId) {
        Runnable tell = () -> {
            cache.evict(userId);
            revocations.broadcast(userId);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell.run();
                }
            });
        } else {
            tell.run();
        }
    }
}
