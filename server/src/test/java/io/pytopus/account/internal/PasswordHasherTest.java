package io.pytopus.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PasswordHasherTest {

    /** Test-friendly cost; the production cost is configuration (pytopus.account.password.argon2). */
    private static Argon2PasswordEncoder argon2(int memoryKib, int iterations) {
        return new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
    }

    private final PasswordHasher hasher = new PasswordHasher(argon2(1024, 1), 2, Duration.ofSeconds(5));

    @Test
    void hashesAreArgon2idAndVerify() {
        var hash = hasher.hash("tentacles under the pier");

        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.matches("tentacles under the pier", hash)).isTrue();
        assertThat(hasher.matches("tentacles under the pie", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("tentacles under the pier")).isNotEqualTo(hasher.hash("tentacles under the pier"));
    }

    @Test
    void aHashMadeAtALowerCostNeedsRehashing() {
        var cheap = new PasswordHasher(argon2(512, 1), 1, Duration.ofSeconds(5)).hash("tentacles under the pier");

        assertThat(hasher.needsRehash(cheap)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("tentacles under the pier"))).isFalse();
    }
}
