package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code prod} profile's security defaults, in their own application context (same engines as
 * the other integration tests), as a browser behind the TLS-terminating ingress sees them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pytopus.dev-services.enabled=true"})
@ActiveProfiles("prod")
@AutoConfigureTestRestTemplate
class ProductionProfileIT {

    private static final Map<String, String> VIA_HTTPS = Map.of("X-Forwarded-Proto", "https");

    @Autowired
    TestRestTemplate http;

    @Test
    void theSessionCookieIsSecureWithTheHostPrefix() {
        var browser = new Browser(http);
        browser.send(HttpMethod.GET, "/api/v1/auth/csrf", null, VIA_HTTPS);

        var registered = browser.send(
                HttpMethod.POST,
                "/api/v1/auth/register",
                Map.of("email", Browser.uniqueEmail(), "displayName", "Ink", "password", "tentacles under the pier"),
                VIA_HTTPS);

        assertThat(registered.code()).isEqualTo(201);
        assertThat(registered.setCookie("__Host-SESSION"))
                .isNotNull()
                .contains("Secure")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .contains("Path=/")
                .doesNotContainIgnoringCase("Domain=");
        assertThat(registered.setCookie("SESSION")).isNull();
        assertThat(browser.send(HttpMethod.GET, "/api/v1/me", null, VIA_HTTPS).code())
                .isEqualTo(200);
    }

    @Test
    void theCsrfCookieIsSecureOverHttps() {
        var response = new Browser(http).send(HttpMethod.GET, "/api/v1/auth/csrf", null, VIA_HTTPS);

        assertThat(response.setCookie("XSRF-TOKEN")).contains("Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void strictTransportSecurityIsSentOverHttps() {
        var response = new Browser(http).send(HttpMethod.GET, "/health", null, VIA_HTTPS);

        assertThat(response.headers().getFirst("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(response.headers().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void swaggerUiIsOffButTheApiDocumentStays() {
        assertThat(new Browser(http).get("/swagger-ui/index.html").code()).isEqualTo(404);
        assertThat(new Browser(http).get("/swagger-ui.html").code()).isEqualTo(404);
        assertThat(new Browser(http).get("/v3/api-docs").code()).isEqualTo(200);
    }
}
