package io.pytopus.system.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load instead of falling over. Requests run on virtual threads, so no thread pool bounds the
 * work in flight; under an overload every waiting request kept its session, buffers and deep stack
 * on the heap until the JVM ran out of memory (the load test, docs/performance.md). At most
 * {@code maxConcurrent} requests are processed at once; the next ones wait up to {@code maxWait}
 * at this shallow point of the stack, then get 503 {@code TEMPORARILY_UNAVAILABLE} with
 * {@code Retry-After}, before any session or database work. The live-update stream is exempt: it
 * holds its connection for minutes but does its work on the event queue's thread.
 */
class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private static final String STREAM = "/api/v1/stream";

    private final Semaphore permits;
    private final long maxWaitNanos;
    private final ProblemResponses problems;
    private final Counter shed;

    ConcurrencyLimitFilter(int maxConcurrent, Duration maxWait, ProblemResponses problems, MeterRegistry registry) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWaitNanos = maxWait.toNanos();
        this.problems = problems;
        this.shed = Counter.builder("pytopus.http.shed")
                .description("Requests answered 503 because too many were in progress")
                .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().equals(STREAM);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            shed.increment();
            problems.write(response, TemporarilyUnavailable.problem());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
