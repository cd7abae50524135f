package io.pytopus.account;

import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in user, as stored with the session (as JSON, ADR 0025). Get it in a controller with
 * {@link CurrentUser}.
 *
 * <p>{@code id} is what other modules key their data on. {@code displayName} is as of sign-in or the
 * user's last rename (which updates every session of theirs); read the account when it must be
 * current to the transaction.
 *
 * @param id the account id ({@code users.id})
 * @param email the normalised (trimmed, lower-case) email address
 * @param displayName the name shown to the user and, later, in the reef
 */
public record PytopusUser(UUID id, String email, String displayName) implements AuthenticatedPrincipal {

    public PytopusUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The principal's name, which the logs show as {@code user_id}: the account id. */
    @Override
    public String getName() {
        return id.toString();
    }
}
