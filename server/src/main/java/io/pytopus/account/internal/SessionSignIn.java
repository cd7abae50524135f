package io.pytopus.account.internal;

import io.pytopus.account.PytopusUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfLogoutHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a user into the session, and takes them out, the way Spring Security's own login and logout
 * filters do (we sign in from a JSON endpoint, so we do it ourselves): at sign-in the session gets
 * a new id (session fixation) and the browser a new CSRF token; at sign-out the session is
 * invalidated, which deletes its row, and the CSRF cookie is cleared.
 */
@Component
class SessionSignIn {

    private static final List<SimpleGrantedAuthority> USER = List.of(new SimpleGrantedAuthority("ROLE_USER"));

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final CsrfLogoutHandler csrfLogout;

    SessionSignIn(
            SecurityContextRepository contexts,
            SessionAuthenticationStrategy sessionStrategy,
            CsrfTokenRepository csrfTokens) {
        this.contexts = contexts;
        this.sessionStrategy = sessionStrategy;
        this.csrfLogout = new CsrfLogoutHandler(csrfTokens);
    }

    void signIn(PytopusUser user, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, USER);
        sessionStrategy.onAuthentication(authentication, request, response);
        store(authentication, request, response);
    }

    /** Replaces the principal in this session (after the user renamed themselves), same session id. */
    void refresh(PytopusUser user, HttpServletRequest request, HttpServletResponse response) {
        store(UsernamePasswordAuthenticationToken.authenticated(user, null, USER), request, response);
    }

    void signOut(HttpServletRequest request, HttpServletResponse response) {
        var authentication = holder.getContext().getAuthentication();
        var logout = new SecurityContextLogoutHandler();
        logout.setSecurityContextRepository(contexts);
        logout.logout(request, response, authentication);
        csrfLogout.logout(request, response, authentication);
    }

    private void store(
            UsernamePasswordAuthenticationToken authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
