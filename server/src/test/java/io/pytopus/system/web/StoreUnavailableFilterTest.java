package io.pytopus.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class StoreUnavailableFilterTest {

    private final StoreUnavailableFilter filter =
            new StoreUnavailableFilter(new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void aSessionStoreWithoutAConnectionInTimeIsA503ThatSaysWhenToRetry() throws Exception {
        // What the session repository threw in the slow-database drill.
        var noConnection = new TransientDataAccessResourceException(
                "PreparedStatementCallback",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

        var response = run(noConnection);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"TEMPORARILY_UNAVAILABLE\"");
    }

    @Test
    void aFailureWrappedInAServletExceptionToo() throws Exception {
        var wrapped = new ServletException(new TransientDataAccessResourceException("no connection"));

        assertThat(run(wrapped).getStatus()).isEqualTo(503);
    }

    @Test
    void anyOtherFailureIsLeftToTheErrorPage() {
        assertThatThrownBy(() -> run(new DataIntegrityViolationException("duplicate key")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private MockHttpServletResponse run(Exception failure) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(
                new MockHttpServletRequest("GET", "/api/v1/pets"), response, new MockFilterChain(new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse res)
                            throws ServletException {
                        if (failure instanceof ServletException servlet) {
                            throw servlet;
                        }
                        throw (RuntimeException) failure;
                    }
                }));
        return response;
    }
}
