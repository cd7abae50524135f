package io.pytopus.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions against the real PostgreSQL and broker (ADR 0025): what the table holds, that reading a
 * session never writes its row more than once a minute (even when every read misses the cache), that
 * ended sessions authenticate nobody, and that a warm cache spares PostgreSQL the lookups.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class SessionsIT {

    private static final String PASSWORD = "tentacles under the pier";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionCache cache;

    @Autowired
    SessionCleanup cleanup;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void theRevocationConsumerIsSubscribed() {
        await().atMost(Duration.ofSeconds(30)).until(cache::trusted);
    }

    @Test
    void theTableHoldsAHashOfTheTokenAndTheUserAsJsonNeverTheToken() {
        var browser = new Browser(http);
        var email = Browser.uniqueEmail();
        browser.register(email, PASSWORD);
        var token = new SessionToken(Objects.requireNonNull(browser.cookie("SESSION")));

        var row = jdbc.sql("""
                        SELECT user_id, principal->>'id' AS id, principal->>'email' AS email,
                               principal->>'displayName' AS name, principal::text AS json
                        FROM user_sessions WHERE token_hash = :hash""")
                .param("hash", token.hash().bytes())
                .query((rs, n) -> Map.of(
                        "userId", rs.getString("user_id"),
                        "id", rs.getString("id"),
                        "email", rs.getString("email"),
                        "name", rs.getString("name"),
                        "json", rs.getString("json")))
                .single();

        assertThat(row.get("id")).isEqualTo(row.get("userId"));
        assertThat(row.get("email")).isEqualTo(email);
        assertThat(row.get("name")).isEqualTo("Inky's keeper");
        assertThat(jdbc.sql("SELECT count(*) FROM user_sessions WHERE position(:token IN principal::text) > 0"
                                + " OR position(convert_to(:token, 'UTF8') IN token_hash) > 0")
                        .param("token", token.value())
                        .query(Long.class)
                        .single())
                .as("the token itself is stored nowhere")
                .isZero();
    }

    @Test
    void readsWithinAMinuteLeaveTheRowAloneEvenWhenEachMissesTheCache() {
        var browser = new Browser(http);
        browser.register();
        var hash = hashOf(browser);
        var seen = lastSeen(hash);
        var version = rowVersion(hash);
        double lookupsBefore = databaseLookups();

        for (int i = 0; i < 3; i++) {
            cache.clear();
            assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);
        }

        assertThat(databaseLookups() - lookupsBefore)
                .as("each read asked PostgreSQL")
                .isGreaterThanOrEqualTo(3);
        assertThat(lastSeen(hash)).isEqualTo(seen);
        assertThat(rowVersion(hash)).as("no UPDATE wrote the row").isEqualTo(version);
    }

    @Test
    void aReadAMinuteLaterMovesTheLastSeenTimeAndTheIdleExpiry() {
        var browser = new Browser(http);
        browser.register();
        var hash = hashOf(browser);
        var longAgo = Instant.now().minus(Duration.ofMinutes(2));
        jdbc.sql("UPDATE user_sessions SET last_seen_at = :t, idle_expires_at = :t + interval '14 days'"
                        + " WHERE token_hash = :hash")
                .param("t", OffsetDateTime.ofInstant(longAgo, ZoneOffset.UTC))
                .param("hash", hash.bytes())
                .update();
        cache.clear();

        var before = Instant.now();
        assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);

        assertThat(lastSeen(hash)).isAfterOrEqualTo(before.minusMillis(1));
        assertThat(jdbc.sql("SELECT idle_expires_at - last_seen_at = interval '14 days' FROM user_sessions"
                                + " WHERE token_hash = :hash")
                        .param("hash", hash.bytes())
                        .query(Boolean.class)
                        .single())
                .as("14 days after the read")
                .isTrue();
    }

    @Test
    void aSessionPastItsIdleOrAbsoluteExpiryAuthenticatesNobody() {
        var idle = new Browser(http);
        idle.register();
        var overAged = new Browser(http);
        overAged.register();
        jdbc.sql("UPDATE user_sessions SET idle_expires_at = now() - interval '1 second' WHERE token_hash = :hash")
                .param("hash", hashOf(idle).bytes())
                .update();
        jdbc.sql("UPDATE user_sessions SET idle_expires_at = now() - interval '1 second',"
                        + " expires_at = now() - interval '1 second' WHERE token_hash = :hash")
                .param("hash", hashOf(overAged).bytes())
                .update();
        cache.clear();

        for (var browser : List.of(idle, overAged)) {
            var me = browser.get("/api/v1/me");
            assertThat(me.code()).isEqualTo(401);
            assertThat(me.problemCode()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void theCleanupDeletesEndedSessionsAndKeepsLiveOnes() {
        var ended = new Browser(http);
        ended.register();
        var live = new Browser(http);
        live.register();
        jdbc.sql("UPDATE user_sessions SET idle_expires_at = now() - interval '1 second' WHERE token_hash = :hash")
                .param("hash", hashOf(ended).bytes())
                .update();

        cleanup.deleteEnded();

        assertThat(rows(hashOf(ended))).isZero();
        assertThat(rows(hashOf(live))).isOne();
    }

    @Test
    void aRenameReachesEverySessionOfTheUser() {
        var email = Browser.uniqueEmail();
        var phone = new Browser(http);
        phone.register(email, PASSWORD);
        var laptop = new Browser(http);
        laptop.login(email, PASSWORD);

        assertThat(phone.patch("/api/v1/me", Map.of("displayName", "Captain Ink"))
                        .code())
                .isEqualTo(200);

        for (var browser : List.of(phone, laptop)) {
            assertThat(jdbc.sql("SELECT principal->>'displayName' FROM user_sessions WHERE token_hash = :hash")
                            .param("hash", hashOf(browser).bytes())
                            .query(String.class)
                            .single())
                    .isEqualTo("Captain Ink");
        }
    }

    @Test
    void fiftyReadsWithAWarmCacheLookNoSessionUpInPostgres() {
        var browser = new Browser(http);
        browser.register();
        assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);
        double before = databaseLookups();

        for (int i = 0; i < 50; i++) {
            assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);
        }

        // 0 unless the machine is so slow that the 30 s entry expired mid-burst.
        assertThat(databaseLookups() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void noHttpSessionIsEverCreated() {
        var email = Browser.uniqueEmail();
        var browser = new Browser(http);
        var answers = List.of(
                browser.register(email, PASSWORD),
                browser.get("/api/v1/me"),
                browser.patch("/api/v1/me", Map.of("displayName", "Sessionless")),
                browser.post("/api/v1/auth/logout", null),
                browser.login(email, PASSWORD),
                browser.get("/api/v1/me"),
                browser.delete("/api/v1/me", Map.of("password", PASSWORD)));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.code()).isBetween(200, 299));
        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.setCookie("JSESSIONID")).isNull());
        assertThat(meters.get("tomcat.sessions.created").functionCounter().count())
                .as("Tomcat created no HttpSession, in this test or any other of this application")
                .isZero();
    }

    private double databaseLookups() {
        return meters.get("pytopus.sessions.lookups")
                .tag("source", "database")
                .counter()
                .count();
    }

    private static SessionHash hashOf(Browser browser) {
        return new SessionToken(Objects.requireNonNull(browser.cookie("SESSION"))).hash();
    }

    private Instant lastSeen(SessionHash hash) {
        return jdbc.sql("SELECT last_seen_at FROM user_sessions WHERE token_hash = :hash")
                .param("hash", hash.bytes())
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }

    /** The row's transaction id: a new one for every UPDATE that writes the row. */
    private String rowVersion(SessionHash hash) {
        return jdbc.sql("SELECT xmin::text FROM user_sessions WHERE token_hash = :hash")
                .param("hash", hash.bytes())
                .query(String.class)
                .single();
    }

    private long rows(SessionHash hash) {
        return jdbc.sql("SELECT count(*) FROM user_sessions WHERE token_hash = :hash")
                .param("hash", hash.bytes())
                .query(Long.class)
                .single();
    }
}
