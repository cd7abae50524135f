package io.pytopus.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.account.PytopusUser;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When the cache of validated sessions may be believed, and what a revocation takes out of it. */
class SessionCacheTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final SessionCache cache = new SessionCache(Duration.ofSeconds(30), 100, nanos::get);

    @Test
    void nothingIsBelievedBeforeTheRevocationConsumerIsSubscribed() {
        var ink = session("ink");
        cache.put(hash(1), ink, cache.generation());

        assertThat(cache.get(hash(1))).isNull();

        cache.trust();
        assertThat(cache.get(hash(1))).as("not kept while untrusted").isNull();
        cache.put(hash(1), ink, cache.generation());
        assertThat(cache.get(hash(1))).isEqualTo(ink);
    }

    @Test
    void aRevocationForgetsEverySessionOfItsUserAndNoOneElses() {
        cache.trust();
        var inkOnPhone = session("ink");
        var inkOnLaptop = new StoredSession(inkOnPhone.user(), NOW, NOW.plusSeconds(60), NOW.plusSeconds(120));
        var squid = session("squid");
        cache.put(hash(1), inkOnPhone, cache.generation());
        cache.put(hash(2), inkOnLaptop, cache.generation());
        cache.put(hash(3), squid, cache.generation());

        cache.evict(inkOnPhone.user().id());

        assertThat(cache.get(hash(1))).isNull();
        assertThat(cache.get(hash(2))).isNull();
        assertThat(cache.get(hash(3))).isEqualTo(squid);
    }

    @Test
    void aReadFromPostgresThatARevocationOvertookIsNotKept() {
        cache.trust();
        var ink = session("ink");
        long readAt = cache.generation();

        // The sign-out commits and its broadcast arrives while the read is still on its way back.
        cache.evict(ink.user().id());
        cache.put(hash(1), ink, readAt);

        assertThat(cache.get(hash(1))).isNull();
    }

    @Test
    void losingTheConsumerForgetsEverythingAndReadsFromBeforeTheReconnectionAreNotKept() {
        cache.trust();
        var ink = session("ink");
        cache.put(hash(1), ink, cache.generation());

        cache.distrust();
        assertThat(cache.get(hash(1))).isNull();
        long readWhileDisconnected = cache.generation();
        cache.put(hash(2), ink, readWhileDisconnected);

        cache.trust();
        assertThat(cache.get(hash(1)))
                .as("revocations sent meanwhile were missed")
                .isNull();
        cache.put(hash(2), ink, readWhileDisconnected);
        assertThat(cache.get(hash(2))).isNull();
    }

    @Test
    void anEntryIsBelievedForItsTimeToLiveAndNoLonger() {
        cache.trust();
        var ink = session("ink");
        cache.put(hash(1), ink, cache.generation());

        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get(hash(1))).isEqualTo(ink);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get(hash(1))).isNull();
    }

    @Test
    void theCacheHoldsAtMostItsMaximumSize() {
        var small = new SessionCache(Duration.ofSeconds(30), 2, nanos::get);
        small.trust();

        for (int i = 0; i < 10; i++) {
            small.put(hash(i), session("ink" + i), small.generation());
        }

        assertThat(small.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void anUnreadableRevocationForgetsEverything() {
        cache.trust();
        cache.put(hash(1), session("ink"), cache.generation());

        cache.clear();

        assertThat(cache.get(hash(1))).isNull();
        assertThat(cache.trusted()).as("still subscribed").isTrue();
    }

    private static StoredSession session(String name) {
        return new StoredSession(
                new PytopusUser(UUID.randomUUID(), name + "@example.com", name),
                NOW,
                NOW.plus(Duration.ofDays(14)),
                NOW.plus(Duration.ofDays(90)));
    }

    private static SessionHash hash(int n) {
        var bytes = new byte[32];
        bytes[0] = (byte) n;
        return new SessionHash(bytes);
    }
}
