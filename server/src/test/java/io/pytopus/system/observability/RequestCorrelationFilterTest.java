package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestCorrelationFilterTest {

    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private final RequestCorrelationFilter filter =
            new RequestCorrelationFilter(new ObservabilityProperties("X-Request-Id", true));
    private final Logger access = (Logger) LoggerFactory.getLogger("io.pytopus.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        access.detachAppender(lines);
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneInTheResponseTheMdcAndItsAccessLine() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/ping");
        var response = new MockHttpServletResponse();
        var duringTheRequest = new AtomicReference<String>();

        filter.doFilter(request, response, (req, res) -> {
            duringTheRequest.set(MDC.get("request_id"));
            ((MockHttpServletResponse) res).setStatus(200);
        });

        var id = response.getHeader("X-Request-Id");
        assertThat(id).matches(UUID_V4);
        assertThat(duringTheRequest).hasValue(id);
        assertThat(MDC.get("request_id")).as("cleared once the request is over").isNull();
        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).matches("GET /api/v1/ping 200 \\d+ms");
            assertThat(line.getMDCPropertyMap()).containsEntry("request_id", id);
        });
    }

    @Test
    void eachRequestGetsAnIdOfItsOwn() throws Exception {
        var first = new MockHttpServletResponse();
        var second = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/ping"), first, (req, res) -> {});
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/ping"), second, (req, res) -> {});

        assertThat(first.getHeader("X-Request-Id")).isNotEqualTo(second.getHeader("X-Request-Id"));
    }

    @Test
    void aPlausibleIdFromTheCallerIsKept() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/ping");
        request.addHeader("X-Request-Id", "edge-7f3a:42");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {});

        assertThat(response.getHeader("X-Request-Id")).isEqualTo("edge-7f3a:42");
    }

    @Test
    void anIdThatCouldForgeALogLineIsReplaced() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/ping");
        request.addHeader("X-Request-Id", "x\nINFO io.pytopus.access : GET /admin 200");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {});

        assertThat(response.getHeader("X-Request-Id")).matches(UUID_V4);
    }

    @Test
    void onlyApiRequestsAreLogged() throws Exception {
        filter.doFilter(
                new MockHttpServletRequest("GET", "/assets/index.js"), new MockHttpServletResponse(), (req, res) -> {});

        assertThat(lines.list).isEmpty();
    }
}
