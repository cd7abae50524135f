package io.pytopus.account.internal;

import io.pytopus.account.PytopusUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfLogoutHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a user in and out of this browser (we sign in from a JSON endpoint, so we do it ourselves).
 * At sign-in the session the browser brought, if any, ends and a new one starts under a new token
 * (session fixation), and the browser gets a new CSRF token (the system module's {@link
 * SessionAuthenticationStrategy}); at sign-out the session ends on every instance and both cookies
 * are cleared.
 */
@Component
class SessionSignIn {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final SessionAuthenticationStrategy newCsrfToken;
    private final CsrfLogoutHandler csrfLogout;

    SessionSignIn(
            Sessions sessions,
            SessionCookie cookie,
            SessionAuthenticationStrategy newCsrfToken,
            CsrfTokenRepository csrfTokens) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.newCsrfToken = newCsrfToken;
        this.csrfLogout = new CsrfLogoutHandler(csrfTokens);
    }

    void signIn(PytopusUser user, HttpServletRequest request, HttpServletResponse response) {
        var authentication = SessionContextRepository.authentication(user);
        cookie.tokens(request).forEach(sessions::end);
        cookie.write(request, response, sessions.start(user));
        newCsrfToken.onAuthentication(authentication, request, response);
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
    }

    /** Puts the user's new display name into their sessions (after they renamed themselves). */
    void refresh(PytopusUser user) {
        sessions.rename(user);
        var context = holder.createEmptyContext();
        context.setAuthentication(SessionContextRepository.authentication(user));
        holder.setContext(context);
    }

    void signOut(HttpServletRequest request, HttpServletResponse response) {
        var authentication = holder.getContext().getAuthentication();
        cookie.tokens(request).forEach(sessions::end);
        if (cookie.present(request)) {
            cookie.clear(request, response);
        }
        holder.clearContext();
        csrfLogout.logout(request, response, authentication);
    }
}
