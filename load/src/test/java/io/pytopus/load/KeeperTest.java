package io.pytopus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class KeeperTest {

    @Test
    void aKeeperLineKeepsEveryCookieTheServerSet() {
        var cookies = new LinkedHashMap<String, String>();
        cookies.put("SESSION", "ZjM4YTA5=="); // base64 ends with '='
        cookies.put("XSRF-TOKEN", "5b1e-41");
        cookies.put("OTHER", "a=b");
        var keeper = Keeper.of(cookies, "0b7e-pet", "Inkorapel", "inkroapel");

        var read = Keeper.fromLine(keeper.toLine());

        assertThat(read).isEqualTo(keeper);
        assertThat(read.cookies()).isEqualTo("SESSION=ZjM4YTA5==; XSRF-TOKEN=5b1e-41; OTHER=a=b");
        assertThat(read.xsrf()).isEqualTo("5b1e-41");
        assertThat(read.cookieJar()).isEqualTo(cookies);
    }

    @Test
    void aLineOfAnotherFormatIsRefused() {
        assertThatThrownBy(() -> Keeper.fromLine("SESSION,XSRF,pet,name,mane"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 tab-separated fields");
    }
}
