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

    /** One endpoint: a method ({@code null} for any) and a path pattern such as {@code /api/v1/reef/**}. */
    public record Endpoint(@Nullable HttpMethod method, String pattern) {

        public Endpoint {
            Objects.requireNonNull(pattern, "pattern");
        }
    }
}
