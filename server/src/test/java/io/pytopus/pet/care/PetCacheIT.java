package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;

/** Pet reads go through Redis, writes evict it, and without Redis reads still work. */
class PetCacheIT {

    @Nested
    @IntegrationTest
    @AutoConfigureTestRestTemplate
    class WithRedis {

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

            assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString()).isEqualTo("Renamed");
            assertThat(redis.hasKey(key)).isTrue();
        }
    }

    /** Redis pointed at a closed port: the cache fails on every call, and nobody notices. */
    @Nested
    @IntegrationTest
    @AutoConfigureTestRestTemplate
    @TestPropertySource(properties = "REDIS_URL=redis://127.0.0.1:1")
    class WithoutRedis {

        @Autowired
        TestRestTemplate http;

        @Test
        void readsAndWritesWorkFromPostgreSql() {
            var owner = new Browser(http);
            assertThat(owner.register().code()).isEqualTo(201);
            var hatched = owner.post("/api/v1/pets", Map.of("name", "Sturdy", "species", "COMMON", "color", "#c8553d"));
            assertThat(hatched.code()).isEqualTo(201);
            var id = hatched.json().path("id").asString();

            for (int i = 0; i < 3; i++) {
                var read = owner.get("/api/v1/pets/" + id);
                assertThat(read.code()).isEqualTo(200);
                assertThat(read.json().path("name").asString()).isEqualTo("Sturdy");
            }
            assertThat(owner.patch("/api/v1/pets/" + id, Map.of("name", "Steady")).code()).isEqualTo(200);
            assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString()).isEqualTo("Steady");
            assertThat(owner.get("/api/v1/pets").code()).isEqualTo(200);
        }
    }
}
