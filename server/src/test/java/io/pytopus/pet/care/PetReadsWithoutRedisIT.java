package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Redis pointed at a closed port: the cache fails on every call, and nobody notices. An api-only
 * process: the broker is shared with the other test contexts, and a worker without Redis would take
 * their leaderboard events and dead-letter them.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
@TestPropertySource(properties = {"REDIS_URL=redis://127.0.0.1:1", "pytopus.roles=api"})
class PetReadsWithoutRedisIT {

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
        assertThat(owner.patch("/api/v1/pets/" + id, Map.of("name", "Steady")).code())
                .isEqualTo(200);
        assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString())
                .isEqualTo("Steady");
        assertThat(owner.get("/api/v1/pets").code()).isEqualTo(200);
    }
}
