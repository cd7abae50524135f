package io.pytopus.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pytopus.account.PytopusUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The session rules with the table stubbed (SessionsIT covers the SQL against PostgreSQL). */
class SessionsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final PytopusUser INK = new PytopusUser(UUID.randomUUID(), "ink@example.com", "Ink");

    private final SessionRepository repository = mock(SessionRepository.class);
    private final SessionRevocations revocations = mock(SessionRevocations.class);
    private final SessionCache cache = new SessionCache(Duration.ofSeconds(30), 100, () -> 0L);
    private final SessionProperties properties = new SessionProperties(
            new SessionProperties.Cookie("SESSION", false),
            Duration.ofDays(14),
            Duration.ofDays(90),
            Duration.ofMinutes(1),
            new SessionProperties.Cache(Duration.ofSeconds(30), 100),
            Duration.ofMinutes(10));
    private final Sessions sessions = new Sessions(
            repository,
            cache,
            revocations,
            properties,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new SecureRandom(),
            new SimpleMeterRegistry());
    private final SessionToken token = SessionToken.generate(new SecureRandom());

    @AfterEach
    void endTheTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aSessionStartsWithBothExpiriesAndANewTokenEachTime() {
        var first = sessions.start(INK);
        var second = sessions.start(INK);

        assertThat(first).isNotEqualTo(second);
        verify(repository).insert(first.hash(), INK, NOW, NOW.plus(Duration.ofDays(14)), NOW.plus(Duration.ofDays(90)));
    }

    @Test
    void aTrustedCacheAnswersWithoutPostgres() {
        cache.trust();
        var started = sessions.start(INK);

        assertThat(sessions.resolve(started)).contains(INK);
        assertThat(sessions.resolve(started)).contains(INK);

        verify(repository, never()).findValid(any(), any());
    }

    @Test
    void anUntrustedCacheAsksPostgresEveryTime() {
        when(repository.findValid(token.hash(), NOW)).thenReturn(Optional.of(stored(NOW.minusSeconds(10))));

        assertThat(sessions.resolve(token)).contains(INK);
        assertThat(sessions.resolve(token)).contains(INK);

        verify(repository, times(2)).findValid(token.hash(), NOW);
    }

    @Test
    void aSessionReadFromPostgresIsCachedForTheNextRequest() {
        cache.trust();
        when(repository.findValid(token.hash(), NOW)).thenReturn(Optional.of(stored(NOW.minusSeconds(10))));

        sessions.resolve(token);
        sessions.resolve(token);

        verify(repository, times(1)).findValid(token.hash(), NOW);
    }

    @Test
    void aSessionSeenWithinTheMinuteIsNotWritten() {
        when(repository.findValid(token.hash(), NOW)).thenReturn(Optional.of(stored(NOW.minusSeconds(59))));

        sessions.resolve(token);

        verify(repository, never()).touch(any(), any(), any(), any());
    }

    @Test
    void aSessionSeenAMinuteAgoIsTouchedAndItsIdleExpiryMoves() {
        when(repository.findValid(token.hash(), NOW)).thenReturn(Optional.of(stored(NOW.minusSeconds(60))));

        sessions.resolve(token);

        verify(repository).touch(token.hash(), NOW, NOW.plus(Duration.ofDays(14)), NOW.minusSeconds(60));
    }

    @Test
    void theIdleExpiryNeverPassesTheAbsoluteOne() {
        var endsSoon = new StoredSession(INK, NOW.minusSeconds(600), NOW.plusSeconds(60), NOW.plusSeconds(3600));
        when(repository.findValid(token.hash(), NOW)).thenReturn(Optional.of(endsSoon));

        sessions.resolve(token);

        verify(repository).touch(token.hash(), NOW, NOW.plusSeconds(3600), NOW.minusSeconds(60));
    }

    @Test
    void anUnknownOrEndedSessionIsNobody() {
        when(repository.findValid(token.hash(), NOW)).thenReturn(Optional.empty());

        assertThat(sessions.resolve(token)).isEmpty();
    }

    @Test
    void aCachedSessionThatHasEndedIsCheckedAgain() {
        cache.trust();
        var ended = new StoredSession(INK, NOW.minusSeconds(120), NOW, NOW.plusSeconds(3600));
        cache.put(token.hash(), ended, cache.generation());
        when(repository.findValid(token.hash(), NOW)).thenReturn(Optional.empty());

        assertThat(sessions.resolve(token)).isEmpty();
    }

    @Test
    void signingOutForgetsTheSessionHereAndTellsTheOthers() {
        cache.trust();
        var started = sessions.start(INK);
        when(repository.delete(started.hash())).thenReturn(Optional.of(INK.id()));

        sessions.end(started);

        assertThat(cache.get(started.hash())).isNull();
        verify(revocations).broadcast(INK.id());
    }

    @Test
    void endingASessionThatHadAlreadyEndedTellsNobody() {
        when(repository.delete(token.hash())).thenReturn(Optional.empty());

        sessions.end(token);

        verifyNoInteractions(revocations);
    }

    @Test
    void sessionsEndedInATransactionAreToldOnlyOnceItCommits() {
        cache.trust();
        var started = sessions.start(INK);
        when(repository.deleteAllOf(INK.id())).thenReturn(2);
        TransactionSynchronizationManager.initSynchronization();

        assertThat(sessions.endAll(INK.id())).isEqualTo(2);

        verifyNoInteractions(revocations);
        assertThat(cache.get(started.hash()))
                .as("until the commit, the row is still there")
                .isNotNull();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        verify(revocations).broadcast(INK.id());
        assertThat(cache.get(started.hash())).isNull();
    }

    @Test
    void aRenameReachesEverySessionAndEveryInstance() {
        var renamed = new PytopusUser(INK.id(), INK.email(), "Captain Ink");

        sessions.rename(renamed);

        verify(repository).updatePrincipal(renamed);
        verify(revocations).broadcast(INK.id());
    }

    private static StoredSession stored(Instant lastSeen) {
        return new StoredSession(INK, lastSeen, lastSeen.plus(Duration.ofDays(14)), NOW.plus(Duration.ofDays(80)));
    }
}
