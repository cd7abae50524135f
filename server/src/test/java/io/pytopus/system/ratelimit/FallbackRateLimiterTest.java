package io.pytopus.system.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.ConsumptionProbe;
import io.lettuce.core.RedisURI;
import io.pytopus.system.ProblemException;
import io.pytopus.system.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

class FallbackRateLimiterTest {

    private static final RateLimit THREE_PER_MINUTE = new RateLimit(3, Duration.ofMinutes(1));

    private final MutableClock clock = new MutableClock();
    private final CountingStore shared = new CountingStore(new LocalBucketStore(100));
    private final LocalBucketStore local = new LocalBucketStore(100);
    private final FallbackRateLimiter limiter = new FallbackRateLimiter(shared, local, Duration.ofSeconds(10), clock);

    @Test
    void limitsWithTheSharedStoreWhileItWorks() {
        consumeThree("k");

        assertRateLimited("k");
        assertThat(shared.calls.get()).isEqualTo(4);
        assertThat(local.size()).isZero();
    }

    @Test
    void whenTheSharedStoreFailsItStillLimitsLocallyInsteadOfFailing() {
        shared.down = true;

        consumeThree("k");

        assertRateLimited("k");
    }

    @Test
    void afterAFailureItLeavesTheSharedStoreAloneForTheRetryInterval() {
        shared.down = true;
        limiter.consume("k", THREE_PER_MINUTE);
        limiter.consume("k", THREE_PER_MINUTE);

        assertThat(shared.calls.get()).as("one failed call, then local only").isEqualTo(1);

        shared.down = false;
        clock.advance(Duration.ofSeconds(11));
        limiter.consume("k", THREE_PER_MINUTE);

        assertThat(shared.calls.get()).as("tried again after the interval").isEqualTo(2);
    }

    @Test
    void aRateLimitedAnswerSaysWhenToRetry() {
        consumeThree("k");

        assertThatThrownBy(() -> limiter.consume("k", THREE_PER_MINUTE))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    var retryAfter = Long.parseLong(problem.headers().getFirst(HttpHeaders.RETRY_AFTER));
                    // One token comes back every 20 s.
                    assertThat(retryAfter).isBetween(1L, 20L);
                });
    }

    @Test
    void bucketsAreSeparatePerKeyAndPerLimit() {
        consumeThree("a");

        limiter.consume("b", THREE_PER_MINUTE);
        limiter.consume("a", new RateLimit(5, Duration.ofMinutes(1)));
    }

    @Test
    void aRedisThatCannotBeReachedFallsBackToLocalLimits() {
        // A real Lettuce client against a closed port: connection refused, not a fake.
        try (var unreachable =
                new RedisBucketStore(RedisURI.create("redis://127.0.0.1:1"), "test:", Duration.ofMillis(200))) {
            var realLimiter = new FallbackRateLimiter(
                    unreachable, new LocalBucketStore(100), Duration.ofSeconds(10), Clock.systemUTC());

            for (int i = 0; i < 3; i++) {
                realLimiter.consume("k", THREE_PER_MINUTE);
            }
            assertThatThrownBy(() -> realLimiter.consume("k", THREE_PER_MINUTE))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            problem -> assertThat(problem.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        }
    }

    @Test
    void anEvictedLocalBucketStartsFull() {
        var tiny = new LocalBucketStore(2);
        for (int i = 0; i < 3; i++) {
            tiny.tryConsume("a", THREE_PER_MINUTE);
        }
        tiny.tryConsume("b", THREE_PER_MINUTE);
        tiny.tryConsume("c", THREE_PER_MINUTE);

        assertThat(tiny.size()).isEqualTo(2);
        assertThat(tiny.tryConsume("a", THREE_PER_MINUTE).isConsumed()).isTrue();
    }

    private void consumeThree(String key) {
        for (int i = 0; i < 3; i++) {
            limiter.consume(key, THREE_PER_MINUTE);
        }
    }

    private void assertRateLimited(String key) {
        assertThatThrownBy(() -> limiter.consume(key, THREE_PER_MINUTE))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(problem.code()).isEqualTo("RATE_LIMITED");
                });
    }

    private static final class CountingStore implements BucketStore {

        private final BucketStore delegate;
        private final AtomicInteger calls = new AtomicInteger();
        private volatile boolean down;

        CountingStore(BucketStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public ConsumptionProbe tryConsume(String key, RateLimit limit) {
            calls.incrementAndGet();
            if (down) {
                throw new IllegalStateException("Redis is down");
            }
            return delegate.tryConsume(key, limit);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
