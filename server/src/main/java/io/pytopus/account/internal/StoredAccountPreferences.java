package io.pytopus.account.internal;

import io.pytopus.account.AccountPreferences;
import io.pytopus.account.EmailList;
import io.pytopus.account.EmailSubscriptions;
import io.pytopus.account.UserPreferences;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Preferences and email opt-ins as stored in {@code users}; the zone id was validated when it was set. */
@Component
class StoredAccountPreferences implements AccountPreferences, EmailSubscriptions {

    private final AccountRepository accounts;
    private final TransactionTemplate writes;

    StoredAccountPreferences(AccountRepository accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.writes = new TransactionTemplate(transactions);
    }

    @Override
    public Optional<UserPreferences> preferencesOf(UUID userId) {
        return accounts.findById(userId).map(StoredAccountPreferences::preferences);
    }

    @Override
    public Optional<Subscriber> subscriber(UUID userId) {
        return accounts.findById(userId)
                .map(account ->
                        new Subscriber(account.id(), account.email(), account.displayName(), preferences(account)));
    }

    @Override
    public List<UUID> subscribers(EmailList list, @Nullable UUID after, int limit) {
        return accounts.subscribers(list, after, limit);
    }

    @Override
    public boolean unsubscribe(UUID userId, EmailList list) {
        return Boolean.TRUE.equals(writes.execute(tx -> accounts.unsubscribe(userId, list)));
    }

    private static UserPreferences preferences(Account account) {
        var quiet = account.quietHours();
        return new UserPreferences(
                ZoneId.of(account.timeZone()),
                quiet == null ? null : quiet.from(),
                quiet == null ? null : quiet.to(),
                account.emailNudges(),
                account.weeklyDigest());
    }
}
