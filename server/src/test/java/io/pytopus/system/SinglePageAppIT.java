package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpHeaders;

/** The web app as the browser loads it: the page at every app route, its bundle as files. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class SinglePageAppIT {

    private static final Pattern BUNDLE_FILE = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.(js|css))\"");

    @Autowired
    TestRestTemplate http;

    @Test
    void everyAppRouteIsThePageAndItsBundleIsServedAsScriptsAndStyles() {
        var browser = new Browser(http);
        var page = browser.get("/pets/7d1f1a52-1111-4c53-9a51-6c3c1d5e0a01/journal");
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.headers().getContentType()).hasToString("text/html;charset=UTF-8");
        assertThat(page.body()).contains("<div id=\"root\"></div>");

        var files = BUNDLE_FILE.matcher(page.body()).results().toList();
        assertThat(files).as("index.html links its bundle").isNotEmpty();
        for (var file : files) {
            var asset = browser.get(file.group(1));
            assertThat(asset.code()).as(file.group(1)).isEqualTo(200);
            assertThat(asset.headers().getFirst(HttpHeaders.CONTENT_TYPE))
                    .as(file.group(1))
                    .startsWith(file.group(2).equals("js") ? "text/javascript" : "text/css");
        }
    }

    @Test
    void aMissingBundleFileIsNotFoundRatherThanThePage() {
        var missing = new Browser(http).get("/assets/index-missing.js");

        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("<div id=\"root\">");
    }

    @Test
    void unknownApiPathsAreNotThePage() {
        var unknown = new Browser(http).get("/api/v1/no-such-thing");

        assertThat(unknown.code()).isEqualTo(404);
        assertThat(unknown.problemCode()).isEqualTo("NOT_FOUND");
    }
}
