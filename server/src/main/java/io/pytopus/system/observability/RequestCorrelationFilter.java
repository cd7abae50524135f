package io.pytopus.system.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible id (so a
 * proxy's id links its logs to ours), a new one otherwise (so a hostile header cannot forge log
 * lines; {@link RequestIds} says why it is cheap). The id is echoed in the response and kept in the MDC as {@code request_id} for every
 * line logged while the request runs; {@link UserIdFilter} adds {@code user_id}. An API request ends
 * with one access log line: method, path without the query string, status and duration.
 */
final class RequestCorrelationFilter extends OncePerRequestFilter {

    static final String REQUEST_ID = "request_id";
    private static final Logger access = LoggerFactory.getLogger("io.pytopus.access");
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final ObservabilityProperties properties;

    RequestCorrelationFilter(ObservabilityProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var given = request.getHeader(properties.requestIdHeader());
        var id = given != null && PLAUSIBLE_ID.matcher(given).matches() ? given : RequestIds.next();
        response.setHeader(properties.requestIdHeader(), id);
        MDC.put(REQUEST_ID, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (properties.accessLog() && request.getRequestURI().startsWith("/api/")) {
                access.info(
                        "{} {} {} {}ms",
                        request.getMethod(),
                        request.getRequestURI(),
                        response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(REQUEST_ID);
            MDC.remove(UserIdFilter.USER_ID);
        }
    }

    /** Error dispatches run inside the original request's filter pass: same id, one log line. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
