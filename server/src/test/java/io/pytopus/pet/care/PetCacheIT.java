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
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The pet cache is filled by reads, written through by writes, and never goes back in time; each
 * instance's parsed copies are used by a read only while Redis has the same version (ADR 0028).
 */
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

    @Autowired
    RedisConnectionFactory connections;

    @Autowired
    SnapshotJson json;

    @Autowired
    PetMetrics metrics;

    @Autowired
    PetSettings settings;

    /** A second API instance's cache: the same Redis, copies of its own. */
    private PetCache anotherInstance() {
        return new PetCache(connections, json, metrics, settings);
    }

    /** A newly signed-up owner and the egg they just hatched. */
    private record Keeper(Browser owner, UUID pet) {}

    private Keeper keeperOf(String petName) {
        var owner = new Browser(http);
        owner.register();
        var egg = owner.post("/api/v1/pets", Map.of("name", petName, "species", "COMMON", "color", "#c8553d"));
        return new Keeper(owner, UUID.fromString(egg.json().path("id").asString()));
    }

    @Test
    void aReadSeesAWriteCommittedOnAnotherInstanceAtOnce() {
        var keeper = keeperOf("Here");
        var owner = keeper.owner();
        var id = keeper.pet();
        assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString())
                .isEqualTo("Here");
        assertThat(cache.get(id))
                .hasValueSatisfying(pet -> assertThat(pet.name()).isEqualTo("Here"));

        // Another instance renames it: PostgreSQL first, then its write-through to Redis.
        var stored = pets.findById(id).orElseThrow();
        var renamed = pets.update(stored.withProfile("There", false, null), null);
        anotherInstance().put(renamed);

        assertThat(cache.get(id)).hasValueSatisfying(pet -> {
            assertThat(pet.name()).isEqualTo("There");
            assertThat(pet.version()).isEqualTo(renamed.version());
        });
        assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString())
                .isEqualTo("There");
    }

    @Test
    void aCopyIsNotTrustedForAReadOnceRedisHasLostTheEntry() {
        var keeper = keeperOf("Lost");
        var owner = keeper.owner();
        var id = keeper.pet();
        owner.get("/api/v1/pets/" + id);
        assertThat(cache.get(id)).isPresent();

        redis.delete("pet:v2:" + id);
        // Nothing says the copy is current any more: the caller must read PostgreSQL.
        assertThat(cache.get(id)).isEmpty();
        var renamed = pets.update(pets.findById(id).orElseThrow().withProfile("Found", false, null), null);
        assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString())
                .isEqualTo("Found");
        assertThat(redis.opsForValue().get("pet:v2:" + id)).startsWith(renamed.version() + "|");
    }

    @Test
    void aCareActionFromAnOvertakenCopyIsRetriedOnTheNewerPet() {
        var keeper = keeperOf("Before");
        var owner = keeper.owner();
        var id = keeper.pet();
        owner.get("/api/v1/pets/" + id);
        var copy = cache.getForWrite(id).orElseThrow();

        // Another instance writes; this instance's copy is now a version behind, and is not told.
        var renamed = pets.update(pets.findById(id).orElseThrow().withProfile("After", false, null), null);
        anotherInstance().put(renamed);
        assertThat(cache.getForWrite(id))
                .hasValueSatisfying(pet -> assertThat(pet.version()).isEqualTo(copy.version()));

        var clean = owner.post("/api/v1/pets/" + id + "/actions", Map.of("type", "CLEAN"));
        assertThat(clean.code()).isEqualTo(200);
        var stored = pets.findById(id).orElseThrow();
        assertThat(stored.name()).isEqualTo("After");
        assertThat(stored.version()).isEqualTo(renamed.version() + 1);
        assertThat(stored.actionCount()).isEqualTo(1);
        assertThat(cache.getForWrite(id))
                .hasValueSatisfying(pet -> assertThat(pet.version()).isEqualTo(stored.version()));
    }

    @Test
    void aReadFillsTheCacheAndEveryWriteReplacesItsEntry() {
        var keeper = keeperOf("Cached");
        var owner = keeper.owner();
        var id = keeper.pet();
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
        var keeper = keeperOf("Racer");
        var owner = keeper.owner();
        var id = keeper.pet();
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
