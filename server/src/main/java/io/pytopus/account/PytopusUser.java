package io.pytopus.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in user, as stored in the session. Get it in a controller with {@link CurrentUser}.
 *
 * <p>{@code id} is what other modules key their data on. {@code displayName} is as of sign-in (or
 * the user's last change in this session); read the account when it must be current.
 *
 * @param id the account id ({@code users.id})
 * @param email the normalised (trimmed, lower-case) email address
 * @param displayName the name shown to the user and, later, in the reef
 */
public record PytopusUser(UUID id, String email, String displayName) implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public PytopusUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The session's principal name, which Spring Session indexes: the account id. */
    @Override
    public String getName() {
        return id.toString();
    }
}
