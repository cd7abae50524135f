package io.pytopus.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ConcurrencyLimitFilterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(
            1, Duration.ofMillis(50), new ProblemResponses(JsonMapper.builder().build()), registry);

    @Test
    void aRequestBeyondTheLimitWaitsThenGetsA503ThatSaysWhenToRetry() throws Exception {
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = Thread.ofVirtual()
                .start(() -> run("/api/v1/pets", () -> {
                    inside.countDown();
                    await(release);
                }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        var second = run("/api/v1/pets", () -> {
            throw new AssertionError("a request beyond the limit must not run");
        });

        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("5");
        assertThat(second.getContentType()).isEqualTo("application/problem+json");
        assertThat(second.getContentAsString()).contains("\"code\":\"TEMPORARILY_UNAVAILABLE\"");
        assertThat(registry.counter("pytopus.http.shed").count()).isEqualTo(1);

        release.countDown();
        first.join();
        assertThat(run("/api/v1/pets", () -> {}).getStatus())
                .as("the permit came back")
                .isEqualTo(200);
    }

    @Test
    void theLiveStreamIsNotCounted() throws Exception {
        var release = new CountDownLatch(1);
        var inside = new CountDownLatch(1);
        var stream = Thread.ofVirtual()
                .start(() -> run("/api/v1/stream", () -> {
                    inside.countDown();
                    await(release);
                }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(run("/api/v1/pets", () -> {}).getStatus()).isEqualTo(200);

        release.countDown();
        stream.join();
    }

    private MockHttpServletResponse run(String path, Runnable work) {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        try {
            filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void service(
                        jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                    work.run();
                }
            }));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
