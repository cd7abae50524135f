package io.pytopus.system;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Endpoints under {@code /api} that answer without a signed-in session (sign-in itself, public
 * reef reads). Everything else under {@code /api} requires a session. A module declares its own as
 * a bean; the security configuration collects them all.
 *
 * @param endpoints the endpoints, each a method (or {@code null} for any) and a path pattern
 */
public record PublicEndpoints(List<Endpoint> endpoints) {

    public PublicEndpoints {
        endpoints = List.copyOf(endpoints);
    }

    public static PublicEndpoints of(Endpoint... endpoints) {
        return new PublicEndpoints(List.of(endpoints));
    }

    public static Endpoint get(String pattern) {
        return new Endpoint(HttpMethod.GET, pattern);
    }

    public static Endpoint post(String pattern) {
        return new Endpoint(HttpMethod.POST, pattern);
    }

    /**
     * One endpoint: a method ({@code null} for any) and a path pattern such as {@code /api/v1/reef/**}.
     *
     * @param csrfExempt whether unsafe requests need no CSRF token either: only for an endpoint that
     *     acts on a proof carried in the request itself (a signed link) and never on the session, so
     *     there is nothing a forged cross-site request could ride on
     */
    public record Endpoint(@Nullable HttpMethod method, String pattern, boolean csrfExempt) {

        public Endpoint {
            Objects.requireNonNull(pattern, "pattern");
        }

        public Endpoint(@Nullable HttpMethod method, String pattern) {
            this(method, pattern, false);
        }

        /** The same endpoint, taking unsafe requests without a CSRF token (see {@link #csrfExempt}). */
        public Endpoint withoutCsrf() {
            return new Endpoint(method, pattern, true);
        }
    }
}
