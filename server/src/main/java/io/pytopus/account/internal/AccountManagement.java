package io.pytopus.account.internal;

import io.pytopus.account.AccountDataExport;
import io.pytopus.account.AccountDeleted;
import io.pytopus.system.ProblemException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What can happen to an account. Password hashing (tens of milliseconds) always runs outside a
 * transaction, so it never holds a database connection; every change runs in one.
 */
@Service
class AccountManagement {

    private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

    private final AccountRepository accounts;
    private final Sessions sessions;
    private final PasswordHasher passwords;
    private final List<AccountDataExport> exports;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshot;

    AccountManagement(
            AccountRepository accounts,
            Sessions sessions,
            PasswordHasher passwords,
            List<AccountDataExport> exports,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwords = passwords;
        this.exports = List.copyOf(exports);
        this.events = events;
        this.writes = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        checkSectionsAreUnique(this.exports);
    }

    /** @throws ProblemException 409 {@code EMAIL_TAKEN} */
    Account register(String email, String displayName, String password) {
        var hash = passwords.hash(password);
        try {
            return writes.execute(tx -> accounts.insert(UUID.randomUUID(), email, displayName, hash));
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("EMAIL_TAKEN", "An account with this email address already exists.");
        }
    }

    /**
     * The account whose email and password these are. An unknown email costs the same time as a
     * wrong password, so the answer time does not tell which accounts exist.
     */
    Optional<Account> authenticate(String email, String password) {
        var found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            passwords.matchNothing(password);
            return Optional.empty();
        }
        var account = found.get();
        if (!passwords.matches(password, account.passwordHash())) {
            return Optional.empty();
        }
        if (passwords.needsRehash(account.passwordHash())) {
            // The cost was raised since this hash was made; now is the one time we know the password.
            var hash = passwords.hash(password);
            writes.executeWithoutResult(tx -> accounts.updatePasswordHash(account.id(), hash));
        }
        return Optional.of(account);
    }

    Optional<Account> find(UUID id) {
        return accounts.findById(id);
    }

    Optional<Account> changeSettings(UUID id, SettingsChange change) {
        return writes.execute(tx -> accounts.update(id, change));
    }

    /** Whether this is the account's password (for confirming a destructive action). */
    boolean confirmPassword(Account account, String password) {
        return passwords.matches(password, account.passwordHash());
    }

    /**
     * Deletes the account, every session of it and (by cascade) every row other modules keep for
     * it, and publishes {@link AccountDeleted}: all or nothing. Once it has committed, every
     * instance forgets the sessions.
     */
    void delete(UUID id) {
        writes.executeWithoutResult(tx -> {
            // Before the account: its row's cascade would take them too, uncounted and untold.
            int sessions = this.sessions.endAll(id);
            if (accounts.delete(id)) {
                events.publishEvent(new AccountDeleted(id));
                log.info("Deleted account {} and its {} session(s)", id, sessions);
            }
        });
    }

    /** Everything we keep about the user, from every module, as one consistent snapshot. */
    Optional<Map<String, Object>> export(UUID id) {
        return snapshot.execute(tx -> accounts.findById(id).map(account -> {
            var document = new LinkedHashMap<String, Object>();
            document.put("exportedAt", Instant.now());
            document.put("account", AccountExport.of(account));
            for (var part : exports) {
                document.put(part.section(), part.exportFor(id));
            }
            return document;
        }));
    }

    private static void checkSectionsAreUnique(List<AccountDataExport> exports) {
        var seen = new HashSet<>(List.of("exportedAt", "account"));
        for (var part : exports) {
            if (!seen.add(part.section())) {
                throw new IllegalStateException("Two parts of the account export are named " + part.section());
            }
        }
    }
}
