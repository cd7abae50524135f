package io.pytopus.account.internal;

import io.pytopus.account.AccountPreferences;
import io.pytopus.account.UserPreferences;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Preferences as stored in {@code users}; the zone id was validated when it was set. */
@Component
class StoredAccountPreferences implements AccountPreferences {

    private final AccountRepository accounts;

    StoredAccountPreferences(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<UserPreferences> preferencesOf(UUID userId) {
        return accounts.findById(userId).map(account -> {
            var quiet = account.quietHours();
            return new UserPreferences(
                    ZoneId.of(account.timeZone()),
                    quiet == null ? null : quiet.from(),
                    quiet == null ? null : quiet.to(),
                    account.emailNudges());
        });
    }
}
