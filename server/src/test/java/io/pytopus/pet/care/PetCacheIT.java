package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The pet cache is filled by reads, written through by writes, and never goes back in time (ADR 0028). */
@IntegrationTest
@AutoConfigureTestRestTemplate
class PetCacheIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    PetCache cache;

    @Autowired
    PetRepository pets;

    @Test
    void aReadFillsTheCacheAndEveryWriteReplacesItsEntry() {
        var owner = new Browser(http);
        owner.register();
        var id = owner.post("/api/v1/pets", Map.of("name", "Cached", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        var key = "pet:v2:" + id;

        owner.get("/api/v1/pets/" + id);
        assertThat(redis.opsForValue().get(key)).startsWith("0|").contains("\"name\":\"Cached\"");

        owner.patch("/api/v1/pets/" + id, Map.of("name", "Renamed"));
        assertThat(redis.opsForValue().get(key)).startsWith("1|").contains("\"name\":\"Renamed\"");

        owner.post("/api/v1/pets/" + id + "/actions", Map.of("type", "CLEAN"));
        assertThat(redis.opsForValue().get(key)).startsWith("2|").contains("\"actionCount\":1");
        assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString())
                .isEqualTo("Renamed");
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        var owner = new Browser(http);
        owner.register();
        var id = UUID.fromString(
                owner.post("/api/v1/pets", Map.of("name", "Racer", "species", "COMMON", "color", "#c8553d"))
                        .json()
                        .path("id")
                        .asString());
        owner.patch("/api/v1/pets/" + id, Map.of("name", "Newer"));
        var newer = pets.findById(id).orElseThrow();
        var older = newer.withProfile("Older", false, null).withVersion(newer.version() - 1);

        cache.put(newer);
        cache.put(older);

        assertThat(cache.get(id)).hasValueSatisfying(pet -> {
            assertThat(pet.name()).isEqualTo("Newer");
            assertThat(pet.version()).isEqualTo(newer.version());
        });
    }
}
