package io.pytopus.account.internal;

import io.pytopus.account.PytopusUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where Spring Security finds who is signed in: the session cookie's token, resolved by {@link
 * Sessions} (ADR 0025). The system module's security configuration plugs it into the filter chain.
 *
 * <p>The lookup is deferred until something asks (authorisation of an {@code /api} path, the
 * signed-in user's id in the log context), and made at most once per request. It never creates an
 * {@code HttpSession}; nothing in Pytopus uses one.
 *
 * <p>Saving does nothing: sessions start and end only through {@link SessionSignIn} (sign-in,
 * sign-out), never implicitly, and Spring Security saves nothing unless asked to.
 */
final class SessionContextRepository implements SecurityContextRepository {

    private static final List<SimpleGrantedAuthority> USER = List.of(new SimpleGrantedAuthority("ROLE_USER"));
    private static final String RESOLVED = SessionContextRepository.class.getName() + ".RESOLVED";

    private final Sessions sessions;
    private final SessionCookie cookie;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionContextRepository(Sessions sessions, SessionCookie cookie) {
        this.sessions = sessions;
        this.cookie = cookie;
    }

    /** How a signed-in user appears to Spring Security. */
    static UsernamePasswordAuthenticationToken authentication(PytopusUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, USER);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new Deferred(request);
    }

    /** @deprecated Spring Security's pre-6 entry point, still abstract in the interface. */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // Sessions are started and ended explicitly (SessionSignIn).
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return user(request).isPresent();
    }

    /** The request's user, resolved once however often asked (kept in a request attribute). */
    @SuppressWarnings("unchecked")
    private Optional<PytopusUser> user(HttpServletRequest request) {
        var known = (Optional<PytopusUser>) request.getAttribute(RESOLVED);
        if (known == null) {
            known = Optional.empty();
            for (var token : cookie.tokens(request)) {
                known = sessions.resolve(token);
                if (known.isPresent()) {
                    break;
                }
            }
            request.setAttribute(RESOLVED, known);
        }
        return known;
    }

    /** The request's context, looked up on first use and then kept. */
    private final class Deferred implements DeferredSecurityContext {

        private final HttpServletRequest request;
        private @Nullable SecurityContext context;
        private boolean generated;

        Deferred(HttpServletRequest request) {
            this.request = request;
        }

        @Override
        public SecurityContext get() {
            if (context == null) {
                var found = user(request);
                generated = found.isEmpty();
                var loaded = holder.createEmptyContext();
                found.ifPresent(user -> loaded.setAuthentication(authentication(user)));
                context = loaded;
            }
            return context;
        }

        @Override
        public boolean isGenerated() {
            get();
            return generated;
        }
    }
}
