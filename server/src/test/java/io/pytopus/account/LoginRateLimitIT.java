package io.pytopus.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;

/**
 * Sign-in and registration limits, with the buckets in the real Redis (defaults: 10 sign-ins per 15
 * minutes per account, 30 per 5 minutes per address, 10 registrations per hour per address).
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class LoginRateLimitIT {

    private static final String PASSWORD = "tentacles under the pier";

    @Autowired
    TestRestTemplate http;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void guessingOnePasswordFromManyAddressesIsLimitedPerAccount() {
        var email = Browser.uniqueEmail();
        new Browser(http).register(email, PASSWORD);

        for (int attempt = 1; attempt <= 10; attempt++) {
            var guess = new Browser(http).login(email, "wrong guess number " + attempt);
            assertThat(guess.code()).as("attempt %d", attempt).isEqualTo(401);
        }
        var limited = new Browser(http).login(email, PASSWORD);

        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.problemCode()).isEqualTo("RATE_LIMITED");
        assertThat(limited.headers().getContentType()).hasToString("application/problem+json");
        var retryAfter = Long.parseLong(limited.headers().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(limited.json().path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
    }

    @Test
    void tryingManyAccountsFromOneAddressIsLimitedPerAddress() {
        var attacker = new Browser(http);

        for (int attempt = 1; attempt <= 30; attempt++) {
            var guess = attacker.login(Browser.uniqueEmail(), PASSWORD);
            assertThat(guess.code()).as("attempt %d", attempt).isEqualTo(401);
        }
        var limited = attacker.login(Browser.uniqueEmail(), PASSWORD);

        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.problemCode()).isEqualTo("RATE_LIMITED");
        assertThat(limited.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(new Browser(http).login(Browser.uniqueEmail(), PASSWORD).code())
                .as("another address is not limited")
                .isEqualTo(401);
        assertThat(redis.keys("pytopus:rate-limit:login:ip:" + attacker.address() + "|*"))
                .as("the bucket lives in Redis, shared by every replica")
                .isNotEmpty();
    }

    @Test
    void registeringManyAccountsFromOneAddressIsLimited() {
        var browser = new Browser(http);
        browser.fetchCsrfCookie();
        for (int i = 1; i <= 10; i++) {
            var body = Map.of("email", Browser.uniqueEmail(), "displayName", "Ink " + i, "password", PASSWORD);
            assertThat(browser.post("/api/v1/auth/register", body).code())
                    .as("account %d", i)
                    .isEqualTo(201);
        }

        var limited = browser.post(
                "/api/v1/auth/register",
                Map.of("email", Browser.uniqueEmail(), "displayName", "Ink 11", "password", PASSWORD));

        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.problemCode()).isEqualTo("RATE_LIMITED");
        assertThat(limited.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    }
}
