package io.pytopus.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts end to end: real sessions in PostgreSQL, real cookies, real CSRF tokens. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class AccountIT {

    private static final String PASSWORD = "tentacles under the pier";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registerSignsInAndMeReturnsTheUser() {
        var browser = new Browser(http);
        var email = Browser.uniqueEmail();

        var registered = browser.register(email, PASSWORD);

        assertThat(registered.code()).isEqualTo(201);
        assertThat(registered.headers().getLocation()).hasToString("/api/v1/me");
        assertThat(registered.json().path("email").asString()).isEqualTo(email);
        assertThat(registered.json().has("password")).isFalse();
        assertThat(browser.cookie("SESSION")).isNotBlank();

        var me = browser.get("/api/v1/me");
        assertThat(me.code()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("displayName").asString()).isEqualTo("Inky's keeper");
        assertThat(me.json().path("timeZone").asString()).isEqualTo("UTC");
        assertThat(me.json().path("emailNudges").asBoolean()).isFalse();
        assertThat(me.json().path("weeklyDigest").asBoolean()).as("opt-in").isFalse();
        assertThat(me.json().has("quietHours")).isFalse();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        var registered = new Browser(http).register();

        assertThat(registered.setCookie("SESSION"))
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .contains("Path=/");
        assertThat(registered.setCookie("XSRF-TOKEN")).doesNotContainIgnoringCase("HttpOnly");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        var email = Browser.uniqueEmail();
        new Browser(http).register(email, PASSWORD);

        var hash = jdbc.sql("SELECT password_hash FROM users WHERE email = :email")
                .param("email", email)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @Test
    void loginLogoutAndLoginAgain() {
        var email = Browser.uniqueEmail();
        new Browser(http).register(email, PASSWORD);
        var browser = new Browser(http);

        var login = browser.login(email, PASSWORD);
        assertThat(login.code()).isEqualTo(200);
        assertThat(login.json().path("email").asString()).isEqualTo(email);
        assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);

        var session = browser.cookie("SESSION");
        var logout = browser.post("/api/v1/auth/logout", null);
        assertThat(logout.code()).isEqualTo(204);
        assertThat(browser.cookie("SESSION")).isNull();

        var afterLogout = new Browser(http);
        afterLogout.setCookie("SESSION", session);
        var me = afterLogout.get("/api/v1/me");
        assertThat(me.code()).isEqualTo(401);
        assertThat(me.problemCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(me.headers().getContentType()).hasToString("application/problem+json");

        assertThat(browser.login(email, PASSWORD).code()).isEqualTo(200);
        assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);
    }

    @Test
    void emailsAreNormalisedSoCaseAndSpacesDoNotMakeANewAccount() {
        var email = Browser.uniqueEmail();
        new Browser(http).register(email, PASSWORD);

        var again = new Browser(http).register("  " + email.toUpperCase() + " ", PASSWORD);
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("EMAIL_TAKEN");

        assertThat(new Browser(http).login(" " + email.toUpperCase(), PASSWORD).code())
                .isEqualTo(200);
    }

    @Test
    void theSessionIdChangesAtLogin() {
        var email = Browser.uniqueEmail();
        var browser = new Browser(http);
        browser.register(email, PASSWORD);
        var before = browser.cookie("SESSION");

        var login = browser.login(email, PASSWORD);

        var after = browser.cookie("SESSION");
        assertThat(login.code()).isEqualTo(200);
        assertThat(after).isNotBlank().isNotEqualTo(before);
        var planted = new Browser(http);
        planted.setCookie("SESSION", before);
        assertThat(planted.get("/api/v1/me").code())
                .as("the pre-login session id is worthless")
                .isEqualTo(401);
        assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);
    }

    @Test
    void aPlantedSessionIdIsNotAdoptedAtLogin() {
        var email = Browser.uniqueEmail();
        new Browser(http).register(email, PASSWORD);
        var browser = new Browser(http);
        browser.setCookie("SESSION", "00000000-0000-0000-0000-000000000000");

        browser.login(email, PASSWORD);

        assertThat(browser.cookie("SESSION")).isNotEqualTo("00000000-0000-0000-0000-000000000000");
    }

    @Test
    void loginRotatesTheCsrfToken() {
        var email = Browser.uniqueEmail();
        new Browser(http).register(email, PASSWORD);
        var browser = new Browser(http);
        browser.fetchCsrfCookie();
        var before = browser.cookie("XSRF-TOKEN");

        browser.login(email, PASSWORD);

        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank().isNotEqualTo(before);
        assertThat(browser.patch("/api/v1/me", Map.of("emailNudges", true)).code())
                .isEqualTo(200);
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
        var email = Browser.uniqueEmail();
        new Browser(http).register(email, PASSWORD);

        var wrongPassword = new Browser(http).login(email, "not the password at all");
        var unknownEmail = new Browser(http).login(Browser.uniqueEmail(), PASSWORD);

        assertThat(wrongPassword.code()).isEqualTo(401);
        assertThat(unknownEmail.code()).isEqualTo(401);
        assertThat(wrongPassword.problemCode()).isEqualTo("BAD_CREDENTIALS");
        assertThat(wrongPassword.json().path("detail"))
                .isEqualTo(unknownEmail.json().path("detail"));
    }

    @Test
    void aCommonPasswordIsRefused() {
        var browser = new Browser(http);

        var response = browser.register(Browser.uniqueEmail(), "1234567890");

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("errors").path("password").asString()).contains("most common");
        assertThat(browser.cookie("SESSION")).isNull();
    }

    @Test
    void aShortPasswordAndABadEmailAreRefusedWithFieldErrors() {
        var response = new Browser(http).register("not-an-email", "short");

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("errors").has("email")).isTrue();
        assertThat(response.json().path("errors").path("password").asString()).contains("at least 10");
    }

    @Test
    void patchMeChangesOnlyTheSettingsGiven() {
        var browser = new Browser(http);
        browser.register();

        var changed = browser.patch(
                "/api/v1/me",
                Map.of(
                        "displayName",
                        "  Captain Ink  ",
                        "timeZone",
                        "Europe/Paris",
                        "quietHours",
                        Map.of("from", "22:00", "to", "07:30"),
                        "emailNudges",
                        true));

        assertThat(changed.code()).isEqualTo(200);
        var me = browser.get("/api/v1/me").json();
        assertThat(me.path("displayName").asString()).isEqualTo("Captain Ink");
        assertThat(me.path("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(me.path("quietHours").path("from").asString()).isEqualTo("22:00");
        assertThat(me.path("quietHours").path("to").asString()).isEqualTo("07:30");
        assertThat(me.path("emailNudges").asBoolean()).isTrue();

        browser.patch("/api/v1/me", Map.of("timeZone", "America/New_York"));
        me = browser.get("/api/v1/me").json();
        assertThat(me.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(me.path("displayName").asString()).as("untouched").isEqualTo("Captain Ink");
        assertThat(me.path("quietHours").path("from").asString())
                .as("untouched")
                .isEqualTo("22:00");

        var off = new HashMap<String, Object>();
        off.put("quietHours", null);
        browser.patch("/api/v1/me", off);
        me = browser.get("/api/v1/me").json();
        assertThat(me.has("quietHours")).as("switched off").isFalse();
        assertThat(me.path("emailNudges").asBoolean()).as("untouched").isTrue();

        assertThat(browser.patch("/api/v1/me", Map.of("weeklyDigest", true)).code())
                .isEqualTo(200);
        me = browser.get("/api/v1/me").json();
        assertThat(me.path("weeklyDigest").asBoolean()).isTrue();
        assertThat(me.path("emailNudges").asBoolean()).as("untouched").isTrue();
        var badDigest = browser.patch("/api/v1/me", Map.of("weeklyDigest", "weekly"));
        assertThat(badDigest.code()).isEqualTo(400);
        assertThat(badDigest.json().path("errors").has("weeklyDigest")).isTrue();
    }

    @Test
    void aBadTimeZoneIsAValidationProblem() {
        var browser = new Browser(http);
        browser.register();

        for (var zone : new String[] {"Mars/Olympus_Mons", "+02:00", "", "europe/paris"}) {
            var response = browser.patch("/api/v1/me", Map.of("timeZone", zone));
            assertThat(response.code()).as(zone).isEqualTo(400);
            assertThat(response.problemCode()).as(zone).isEqualTo("VALIDATION_FAILED");
            assertThat(response.json().path("errors").has("timeZone")).as(zone).isTrue();
        }
        assertThat(browser.get("/api/v1/me").json().path("timeZone").asString()).isEqualTo("UTC");
    }

    @Test
    void badQuietHoursAreValidationProblems() {
        var browser = new Browser(http);
        browser.register();

        var equal = browser.patch("/api/v1/me", Map.of("quietHours", Map.of("from", "22:00", "to", "22:00")));
        var notATime = browser.patch("/api/v1/me", Map.of("quietHours", Map.of("from", "25:00", "to", "07:00")));
        var missing = browser.patch("/api/v1/me", Map.of("quietHours", Map.of("from", "22:00")));
        var wrongType = browser.patch("/api/v1/me", Map.of("emailNudges", "maybe"));

        for (var response : new Browser.Response[] {equal, notATime, missing, wrongType}) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(response.problemCode()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(notATime.json().path("errors").has("quietHours.from")).isTrue();
        assertThat(missing.json().path("errors").has("quietHours.to")).isTrue();
        assertThat(wrongType.json().path("errors").has("emailNudges")).isTrue();
    }

    @Test
    void aRenameShowsInTheSessionPrincipal() {
        var browser = new Browser(http);
        browser.register();

        browser.patch("/api/v1/me", Map.of("displayName", "Captain Ink"));

        assertThat(browser.get("/api/v1/me").json().path("displayName").asString())
                .isEqualTo("Captain Ink");
    }

    @Test
    void exportReturnsTheAccountAsADownload() {
        var email = Browser.uniqueEmail();
        var browser = new Browser(http);
        browser.register(email, PASSWORD);
        browser.patch("/api/v1/me", Map.of("timeZone", "Asia/Tokyo"));

        var export = browser.get("/api/v1/me/export");

        assertThat(export.code()).isEqualTo(200);
        assertThat(export.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("attachment")
                .contains("pytopus-export.json");
        assertThat(export.json().path("account").path("email").asString()).isEqualTo(email);
        assertThat(export.json().path("account").path("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(export.json().has("exportedAt")).isTrue();
        assertThat(export.body()).doesNotContain("argon2");
    }

    @Test
    void deletingNeedsTheRightPassword() {
        var email = Browser.uniqueEmail();
        var browser = new Browser(http);
        browser.register(email, PASSWORD);

        var wrong = browser.delete("/api/v1/me", Map.of("password", "not the password at all"));

        assertThat(wrong.code()).isEqualTo(403);
        assertThat(wrong.problemCode()).isEqualTo("WRONG_PASSWORD");
        assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);

        var missing = browser.delete("/api/v1/me", Map.of());
        assertThat(missing.code()).isEqualTo(400);
        assertThat(missing.problemCode()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void deletingTheAccountEndsEverySessionAndFreesTheEmail() {
        var email = Browser.uniqueEmail();
        var browser = new Browser(http);
        browser.register(email, PASSWORD);
        var otherDevice = new Browser(http);
        otherDevice.login(email, PASSWORD);
        var session = browser.cookie("SESSION");

        var deleted = browser.delete("/api/v1/me", Map.of("password", PASSWORD));

        assertThat(deleted.code()).isEqualTo(204);
        var replay = new Browser(http);
        replay.setCookie("SESSION", session);
        assertThat(replay.get("/api/v1/me").code()).isEqualTo(401);
        assertThat(otherDevice.get("/api/v1/me").code()).isEqualTo(401);
        assertThat(new Browser(http).login(email, PASSWORD).code()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(new Browser(http).register(email, PASSWORD).code()).isEqualTo(201);
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() {
        var browser = new Browser(http);
        browser.register();

        var forged = browser.withoutCsrfHeader().patch("/api/v1/me", Map.of("emailNudges", true));

        assertThat(forged.code()).isEqualTo(403);
        assertThat(forged.problemCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(browser.get("/api/v1/me").json().path("emailNudges").asBoolean())
                .isFalse();

        var genuine = browser.withCsrfHeader().patch("/api/v1/me", Map.of("emailNudges", true));
        assertThat(genuine.code()).isEqualTo(200);
        assertThat(genuine.json().path("emailNudges").asBoolean()).isTrue();
    }

    @Test
    void aWrongCsrfTokenIsRefusedEvenForLoginAndRegister() {
        var browser = new Browser(http);
        browser.fetchCsrfCookie();

        var wrong = browser.send(
                org.springframework.http.HttpMethod.POST,
                "/api/v1/auth/register",
                Map.of("email", Browser.uniqueEmail(), "displayName", "Ink", "password", PASSWORD),
                Map.of("X-XSRF-TOKEN", "forged"));
        var none = new Browser(http)
                .withoutCsrfHeader()
                .post("/api/v1/auth/login", Map.of("email", Browser.uniqueEmail(), "password", PASSWORD));

        assertThat(wrong.code()).isEqualTo(403);
        assertThat(wrong.problemCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(none.code()).isEqualTo(403);
        assertThat(none.problemCode()).isEqualTo("CSRF_TOKEN_INVALID");
    }

    @Test
    void theCsrfCookieIsSetByAnyGetSoTheFirstPostCanCarryIt() {
        var browser = new Browser(http);

        var response = browser.get("/api/v1/auth/csrf");

        assertThat(response.code()).isEqualTo(204);
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
        assertThat(new Browser(http).get("/health").setCookie("XSRF-TOKEN")).isNotNull();
    }

    @Test
    void meWithoutASessionIsUnauthenticated() {
        var browser = new Browser(http);

        var me = browser.get("/api/v1/me");
        var export = browser.get("/api/v1/me/export");

        assertThat(me.code()).isEqualTo(401);
        assertThat(me.problemCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(export.code()).isEqualTo(401);
        assertThat(browser.cookie("SESSION")).as("a 401 creates no session").isNull();
    }
}
