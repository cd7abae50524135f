package io.pytopus.system.security;

import io.pytopus.system.ProblemException;
import io.pytopus.system.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** No session on an endpoint that needs one: 401 {@code UNAUTHENTICATED}, never a login redirect. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        problems.write(
                response, new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Please sign in first."));
    }
}
