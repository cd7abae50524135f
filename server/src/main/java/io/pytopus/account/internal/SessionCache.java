package io.pytopus.account.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Sessions this instance validated against PostgreSQL a moment ago, so the next requests of the
 * same session need no database round trip (ADR 0025).
 *
 * <p>A cached session is believed only while the cache is <em>trusted</em>: while this instance's
 * revocation consumer is subscribed to its queue, so every sign-out on any instance reaches it. When
 * the consumer loses the broker the cache is distrusted and emptied, and every request asks
 * PostgreSQL, until the consumer is subscribed again; revocations sent in between were never
 * received, so the cache starts empty then too. An entry lives at most {@code time-to-live} after it
 * was read, which bounds the harm of a revocation lost without the connection noticing.
 *
 * <p>A read from PostgreSQL that races a revocation must not put the revoked session back: every
 * revocation and every change of trust moves a generation, a loader notes the generation before it
 * reads, and what it read is kept only if the generation has not moved by the time it is in the
 * cache (checked after the put, so a revocation between the check and the put is seen too).
 */
final class SessionCache {

    private final Cache<String, StoredSession> sessions;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean trusted;

    SessionCache(Duration timeToLive, long maxSize, Ticker ticker) {
        this.sessions = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(maxSize)
                .ticker(ticker)
                // Housekeeping on the caller's thread: a little work now and then, no pool of its own.
                .executor(Runnable::run)
                .build();
    }

    /** The cached session, or {@code null} when there is none or the cache is not trusted now. */
    @Nullable
    StoredSession get(SessionHash hash) {
        return trusted ? sessions.getIfPresent(hash.text()) : null;
    }

    /** Note it before reading a session from PostgreSQL; hand it to {@link #put}. */
    long generation() {
        return generation.get();
    }

    /** Keeps a session read from PostgreSQL at {@code readAt}, unless anything revoked since. */
    void put(SessionHash hash, StoredSession session, long readAt) {
        if (!current(readAt)) {
            return;
        }
        sessions.put(hash.text(), session);
        if (!current(readAt)) {
            sessions.invalidate(hash.text());
        }
    }

    /** Forgets every session of the user: they ended or changed (on this instance or another). */
    void evict(UUID userId) {
        generation.incrementAndGet();
        sessions.asMap().values().removeIf(session -> session.user().id().equals(userId));
    }

    /** Forgets everything: a revocation could not be read, so any session may have ended. */
    void clear() {
        generation.incrementAndGet();
        sessions.invalidateAll();
    }

    /** The revocation consumer is subscribed: from now on every revocation reaches this cache. */
    void trust() {
        clear();
        trusted = true;
    }

    /** The revocation consumer lost its subscription: revocations may be missed from now on. */
    void distrust() {
        trusted = false;
        clear();
    }

    boolean trusted() {
        return trusted;
    }

    long size() {
        return sessions.estimatedSize();
    }

    private boolean current(long readAt) {
        return trusted && generation.get() == readAt;
    }
}
