package io.pytopus.system.security;

import io.pytopus.system.ProblemException;
import io.pytopus.system.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 as a problem document: {@code CSRF_TOKEN_INVALID} when the {@code X-XSRF-TOKEN} header is
 * missing or does not match the cookie (the SPA fetches a fresh token and retries), {@code
 * FORBIDDEN} otherwise.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemAccessDeniedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        problems.write(
                response,
                ex instanceof CsrfException
                        ? new ProblemException(
                                HttpStatus.FORBIDDEN,
                                "CSRF_TOKEN_INVALID",
                                "The X-XSRF-TOKEN header is missing or does not match the XSRF-TOKEN cookie.")
                        : new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "You may not do this."));
    }
}
