package io.pytopus.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A session's row is rewritten when the session changes, or when its access time is a minute old. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class SessionTouchThrottleIT {

    private static final long MINUTE = 60_000;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestsWithinAMinuteLeaveTheRowAlone() {
        var browser = new Browser(http);
        browser.register();
        String id = sessionId(browser);
        long touched = lastAccess(id);
        String version = rowVersion(id);

        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);
        }

        assertThat(lastAccess(id)).isEqualTo(touched);
        assertThat(rowVersion(id)).as("no UPDATE wrote the row").isEqualTo(version);
    }

    @Test
    void aRequestAMinuteLaterMovesTheAccessAndExpiryTimes() {
        var browser = new Browser(http);
        browser.register();
        String id = sessionId(browser);
        long longAgo = System.currentTimeMillis() - 2 * MINUTE;
        jdbc.sql(
                        "UPDATE spring_session SET last_access_time = :t, expiry_time = :t + max_inactive_interval * 1000::bigint"
                                + " WHERE session_id = :id")
                .param("t", longAgo)
                .param("id", id)
                .update();

        long before = System.currentTimeMillis();
        assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);

        long touched = lastAccess(id);
        assertThat(touched).isGreaterThanOrEqualTo(before);
        long expiry = jdbc.sql("SELECT expiry_time - last_access_time FROM spring_session WHERE session_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(expiry).as("14 days after the access").isEqualTo(14L * 24 * 60 * MINUTE);
    }

    @Test
    void aNewSessionIdIsWrittenAtOnce() {
        var browser = new Browser(http);
        var email = Browser.uniqueEmail();
        browser.register(email, "tentacles under the pier");
        String first = sessionId(browser);

        // Signing in again within the minute gives the session a new id (fixation protection).
        assertThat(browser.login(email, "tentacles under the pier").code()).isEqualTo(200);

        String second = sessionId(browser);
        assertThat(second).isNotEqualTo(first);
        assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = :id")
                        .param("id", second)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long lastAccess(String id) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** The row's transaction id: a new one for every UPDATE that writes the row. */
    private String rowVersion(String id) {
        return jdbc.sql("SELECT xmin::text FROM spring_session WHERE session_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The session id behind the cookie (Spring Session writes it Base64-encoded). */
    private static String sessionId(Browser browser) {
        var cookie = Objects.requireNonNull(browser.cookie("SESSION"));
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }
}
