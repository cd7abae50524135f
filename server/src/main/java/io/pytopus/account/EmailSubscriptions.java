package io.pytopus.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who receives which email, for the module that sends them: the address and name to write to, the
 * opt-ins ({@link UserPreferences}), the users of a list a page at a time, and the one change a mail
 * may make without a session: unsubscribing through its link.
 */
public interface EmailSubscriptions {

    /** The user as an email recipient, or empty when there is no such account (any more). */
    Optional<Subscriber> subscriber(UUID userId);

    /**
     * Up to {@code limit} users who want the emails of {@code list}, in id order, starting after
     * {@code after} ({@code null} for the first page): keyset paging, so a batch job can stop and
     * resume anywhere.
     */
    List<UUID> subscribers(EmailList list, @Nullable UUID after, int limit);

    /**
     * Opts the user out of {@code list}, in its own transaction.
     *
     * @return whether the user existed (unsubscribing twice is no error)
     */
    boolean unsubscribe(UUID userId, EmailList list);

    /**
     * A user as an email recipient.
     *
     * @param email the normalised address
     * @param displayName the name to greet them by
     */
    record Subscriber(UUID userId, String email, String displayName, UserPreferences preferences) {}
}
