package io.pytopus.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyLimitFilterTest {

    private static final int LIMIT = 16;

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(
            LIMIT, new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void aRequestWithoutABodyGoesOnAsItCame() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/ping");

        assertThat(passedOn(request)).isSameAs(request);
    }

    @Test
    void aBodyWithALengthWithinTheLimitGoesOnAsItCame() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/pets");
        request.setContent("{\"type\":\"CLEAN\"}".getBytes());

        assertThat(passedOn(request)).isSameAs(request);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingRuns() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/pets");
        request.setContent(new byte[LIMIT + 1]);
        var response = new MockHttpServletResponse();
        var reached = new AtomicReference<ServletRequest>();

        filter.doFilter(request, response, (req, res) -> reached.set(req));

        assertThat(reached).hasNullValue();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void aChunkedBodyIsCountedWhileItIsRead() throws Exception {
        var request = chunked(new byte[LIMIT + 1]);

        var passed = passedOn(request);

        assertThat(passed).isNotSameAs(request);
        assertThatThrownBy(() -> passed.getInputStream().readAllBytes())
                .isInstanceOf(RequestBodyTooLargeException.class);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadWhole() throws Exception {
        var body = "{\"type\":\"FEED\"}".getBytes();

        assertThat(passedOn(chunked(body)).getInputStream().readAllBytes()).isEqualTo(body);
    }

    private ServletRequest passedOn(MockHttpServletRequest request) throws Exception {
        var reached = new AtomicReference<ServletRequest>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.set(req));
        return reached.get();
    }

    /** No Content-Length, as a chunked request arrives: the mock reports -1 without a header. */
    private static MockHttpServletRequest chunked(byte[] body) {
        var request = new MockHttpServletRequest("POST", "/api/v1/pets") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body);
        request.addHeader("Transfer-Encoding", "chunked");
        return request;
    }
}
