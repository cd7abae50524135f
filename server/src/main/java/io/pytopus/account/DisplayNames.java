package io.pytopus.account;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The names users show to others, for modules that present one user's things to another (the
 * reef shows who keeps an octopus). Read from PostgreSQL, so always current.
 */
public interface DisplayNames {

    /** The display names of those of {@code userIds} that have an account, by id. */
    Map<UUID, String> displayNamesOf(Collection<UUID> userIds);
}
