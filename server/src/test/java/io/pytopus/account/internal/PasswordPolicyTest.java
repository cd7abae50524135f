package io.pytopus.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class PasswordPolicyTest {

    private static final CommonPasswords SHIPPED =
            CommonPasswords.load(new ClassPathResource("account/10k-most-common.txt"));

    private final PasswordPolicy policy = new PasswordPolicy(10, 128, SHIPPED);

    @Test
    void theShippedListHasTenThousandPasswords() {
        assertThat(SHIPPED.size()).isEqualTo(10_000);
        assertThat(SHIPPED.contains("password")).isTrue();
        assertThat(SHIPPED.contains("1234567890")).isTrue();
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.violation("tentacles under the pier")).isEmpty();
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefused() {
        assertThat(policy.violation("octopus12"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("at least 10"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Five octopus emoji are ten UTF-16 units but five characters.
        assertThat(policy.violation("🐙🐙🐙🐙🐙")).isPresent();
        assertThat(policy.violation("🐙🐙🐙🐙🐙🐙🐙🐙🐙🐙")).isEmpty();
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(policy.violation("1234567890"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("most common"));
        assertThat(policy.violation("QwertyUiop")).isPresent();
        assertThat(policy.violation("BASKETBALL")).isPresent();
    }

    @Test
    void aPasswordOfOnlySpacesIsRefused() {
        assertThat(policy.violation(" ".repeat(12))).isPresent();
    }

    @Test
    void aPasswordLongerThanTheMaximumIsRefused() {
        assertThat(policy.violation("x".repeat(129)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("at most 128"));
        assertThat(policy.violation("x".repeat(128))).isEmpty();
    }
}
