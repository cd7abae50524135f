package io.pytopus.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session cookie's secret, and what is kept of it. */
class SessionTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIs256RandomBitsInBase64Url() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 100; i++) {
            var token = SessionToken.generate(random);
            assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
            seen.add(token.value());
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void onlyWellFormedCookieValuesAreTokens() {
        var token = SessionToken.generate(random);
        var springSessionId =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));

        assertThat(SessionToken.parse(token.value())).contains(token);
        assertThat(SessionToken.parse(null)).isEmpty();
        assertThat(SessionToken.parse("")).isEmpty();
        assertThat(SessionToken.parse("00000000-0000-0000-0000-000000000000")).isEmpty();
        assertThat(SessionToken.parse(springSessionId))
                .as("a session id from before ADR 0025")
                .isEmpty();
        assertThat(SessionToken.parse(token.value() + "A")).isEmpty();
        assertThat(SessionToken.parse(token.value().substring(1) + "=")).isEmpty();
        assertThat(SessionToken.parse(token.value().substring(1) + ".")).isEmpty();
    }

    @Test
    void whatIsStoredIsTheSha256OfTheToken() throws Exception {
        var token = SessionToken.generate(random);

        var expected = MessageDigest.getInstance("SHA-256").digest(token.value().getBytes(StandardCharsets.US_ASCII));

        assertThat(token.hash().bytes()).isEqualTo(expected);
        assertThat(token.hash()).isEqualTo(new SessionToken(token.value()).hash());
        assertThat(token.hash().text()).isNotEqualTo(token.value());
    }

    @Test
    void aTokenNeverShowsInItsOwnDescription() {
        var token = SessionToken.generate(random);

        assertThat(token.toString()).doesNotContain(token.value());
    }
}
