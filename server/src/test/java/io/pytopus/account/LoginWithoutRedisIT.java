package io.pytopus.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;

/**
 * Redis is down (its address is a closed port): signing in still works, because sessions live in
 * PostgreSQL, and the sign-in limits still hold, from each replica's local buckets. Never a 500. An
 * api-only process, so it leaves the shared broker's queues to workers that can reach Redis.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pytopus.dev-services.enabled=true",
            "spring.data.redis.url=redis://127.0.0.1:1",
            "pytopus.roles=api"
        })
@AutoConfigureTestRestTemplate
class LoginWithoutRedisIT {

    private static final String PASSWORD = "tentacles under the pier";

    @Autowired
    TestRestTemplate http;

    @Test
    void signInWorksAndIsStillLimitedWhenRedisIsDown() {
        var email = Browser.uniqueEmail();
        var owner = new Browser(http);
        assertThat(owner.register(email, PASSWORD).code()).isEqualTo(201);
        assertThat(owner.get("/api/v1/me").code()).isEqualTo(200);

        for (int attempt = 1; attempt <= 10; attempt++) {
            var guess = new Browser(http).login(email, "wrong guess number " + attempt);
            assertThat(guess.code()).as("attempt %d", attempt).isEqualTo(401);
        }
        var limited = new Browser(http).login(email, PASSWORD);

        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.problemCode()).isEqualTo("RATE_LIMITED");
        assertThat(limited.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(owner.get("/api/v1/me").code()).as("nobody is logged out").isEqualTo(200);
    }
}
