package io.pytopus.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pytopus.account.AccountDataExport;
import io.pytopus.account.AccountDeleted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/** The account service's own rules, with the database stubbed (the ITs cover the SQL). */
class AccountManagementTest {

    private final AccountRepository repository = mock(AccountRepository.class);
    private final Sessions sessions = mock(Sessions.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final PasswordHasher hasher =
            new PasswordHasher(new Argon2PasswordEncoder(16, 32, 1, 1024, 1), 2, Duration.ofSeconds(5));
    private final Account account = new Account(
            UUID.randomUUID(),
            "ink@example.com",
            "Inky's keeper",
            hasher.hash("tentacles under the pier"),
            "Europe/Paris",
            null,
            false,
            false,
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-02T00:00:00Z"),
            3);

    private AccountManagement management(List<AccountDataExport> exports) {
        return new AccountManagement(
                repository, sessions, hasher, exports, events, mock(PlatformTransactionManager.class));
    }

    @Test
    void theExportHasTheAccountAndEveryModulesPart() {
        when(repository.findById(account.id())).thenReturn(Optional.of(account));
        var pets = export("pets", List.of(Map.of("name", "Inky")));
        var journal = export("journal", List.of());

        var document = management(List.of(pets, journal)).export(account.id()).orElseThrow();

        assertThat(document).containsOnlyKeys("exportedAt", "account", "pets", "journal");
        assertThat(document.get("account")).isEqualTo(AccountExport.of(account));
        assertThat(document.get("pets")).isEqualTo(List.of(Map.of("name", "Inky")));
    }

    @Test
    void twoExportPartsWithOneNameAreRefusedAtStartup() {
        assertThatThrownBy(() -> management(List.of(export("pets", 1), export("pets", 2))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pets");
        assertThatThrownBy(() -> management(List.of(export("account", 1)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnknownEmailIsNotAnAccount() {
        when(repository.findByEmail("nobody@example.com")).thenReturn(Optional.empty());

        assertThat(management(List.of()).authenticate("nobody@example.com", "tentacles under the pier"))
                .isEmpty();
    }

    @Test
    void theRightPasswordAuthenticatesAndTheWrongOneDoesNot() {
        when(repository.findByEmail(account.email())).thenReturn(Optional.of(account));
        var management = management(List.of());

        assertThat(management.authenticate(account.email(), "tentacles under the pier"))
                .contains(account);
        assertThat(management.authenticate(account.email(), "tentacles under the pie"))
                .isEmpty();
    }

    @Test
    void deletingPublishesAccountDeletedAndEndsTheSessions() {
        when(repository.delete(account.id())).thenReturn(true);

        management(List.of()).delete(account.id());

        verify(sessions).endAll(account.id());
        verify(events).publishEvent(new AccountDeleted(account.id()));
    }

    @Test
    void aHashMadeAtAnOlderCostIsUpgradedAtSignIn() {
        var cheap = new PasswordHasher(new Argon2PasswordEncoder(16, 32, 1, 512, 1), 1, Duration.ofSeconds(5));
        var old = new Account(
                account.id(),
                account.email(),
                account.displayName(),
                cheap.hash("tentacles under the pier"),
                account.timeZone(),
                null,
                false,
                false,
                account.createdAt(),
                account.updatedAt(),
                account.version());
        when(repository.findByEmail(old.email())).thenReturn(Optional.of(old));

        management(List.of()).authenticate(old.email(), "tentacles under the pier");

        verify(repository).updatePasswordHash(any(), any());
    }

    private static AccountDataExport export(String section, Object data) {
        return new AccountDataExport() {
            @Override
            public String section() {
                return section;
            }

            @Override
            public Object exportFor(UUID userId) {
                return data;
            }
        };
    }
}
