package io.pytopus.system.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user's id in the MDC as {@code user_id}, inside the security filter chain where
 * the session's user is known. Only the account id (the principal's name) is logged, never the email
 * address. A request that signs the user in (sign-up, sign-in) gets the id once it is known, for its
 * access log line; {@link RequestCorrelationFilter} clears it when the request ends.
 *
 * <p>Only API requests: resolving the user may load the session from PostgreSQL, which the web
 * app's static files should not cost.
 */
public final class UserIdFilter extends OncePerRequestFilter {

    static final String USER_ID = "user_id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        putUserId();
        chain.doFilter(request, response);
        putUserId();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    private static void putUserId() {
        if (MDC.get(USER_ID) != null) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getPrincipal() instanceof AuthenticatedPrincipal principal) {
            MDC.put(USER_ID, principal.getName());
        }
    }
}
