package io.pytopus.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a data store that cannot answer in time, inside a filter, into 503 with {@code
 * Retry-After}. Spring Security, with its session lookup, runs before Spring MVC, so its advice
 * never sees their failures; the container's {@code /error} dispatch cannot answer them either,
 * because it runs the filters again and waits for the same pool a second time (the slow database
 * drill saw 500s from exactly that). This filter sits outside Spring Security.
 */
class StoreUnavailableFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    StoreUnavailableFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!TemporarilyUnavailable.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            problems.write(response, TemporarilyUnavailable.problem());
        }
    }
}
