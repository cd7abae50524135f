package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Pet reads go through Redis and writes evict it. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class PetCacheIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aReadFillsTheCacheAndAnActionEvictsIt() {
        var owner = new Browser(http);
        owner.register();
        var id = owner.post("/api/v1/pets", Map.of("name", "Cached", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        var key = "pet:v1:" + id;

        owner.get("/api/v1/pets/" + id);
        assertThat(redis.hasKey(key)).isTrue();

        owner.patch("/api/v1/pets/" + id, Map.of("name", "Renamed"));
        assertThat(redis.hasKey(key)).isFalse();

        assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString())
                .isEqualTo("Renamed");
        assertThat(redis.hasKey(key)).isTrue();
    }
}
