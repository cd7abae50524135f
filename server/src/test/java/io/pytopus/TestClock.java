package io.pytopus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: real time plus whatever a test skipped ahead, so a
 * test can let an egg hatch or an octopus tire without sleeping. It only ever moves forward, so tests
 * sharing the context cannot disturb each other's pets.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

    /** Moves time forward for every pet. */
    public void skip(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        skipped.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(skipped.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
