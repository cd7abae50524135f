package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;

/** The pet module's business metrics count what committed, refusals and cache reads (ADR 0018). */
@IntegrationTest
@AutoConfigureTestRestTemplate
class PetMetricsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    MeterRegistry registry;

    @Autowired
    PetMetrics metrics;

    @Autowired
    TestClock clock;

    Browser owner;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
    }

    @Test
    void hatchesAppliedAndRefusedActionsAreCounted() {
        double hatched = count("pytopus.pets.hatched", "species", "giant_pacific");
        double refusedEgg = count("pytopus.care.actions", "type", "feed", "outcome", "refused", "reason", "egg");
        double fed = count("pytopus.care.actions", "type", "feed", "outcome", "applied", "reason", "none");

        var id = hatch("GIANT_PACIFIC");
        assertThat(act(id, "FEED", "SHRIMP")).isEqualTo(409);
        clock.skip(Duration.ofMinutes(16)); // a giant Pacific egg takes 15
        assertThat(act(id, "FEED", "SHRIMP")).isEqualTo(200);

        assertThat(count("pytopus.pets.hatched", "species", "giant_pacific")).isEqualTo(hatched + 1);
        assertThat(count("pytopus.care.actions", "type", "feed", "outcome", "refused", "reason", "egg"))
                .isEqualTo(refusedEgg + 1);
        assertThat(count("pytopus.care.actions", "type", "feed", "outcome", "applied", "reason", "none"))
                .isEqualTo(fed + 1);
    }

    @Test
    void aSecondReadOfAPetIsACacheHit() {
        var id = hatch("COMMON");
        double hits = count("pytopus.cache.gets", "cache", "pet", "result", "hit");
        double misses = count("pytopus.cache.gets", "cache", "pet", "result", "miss");

        assertThat(owner.get("/api/v1/pets/" + id).code()).isEqualTo(200);
        assertThat(owner.get("/api/v1/pets/" + id).code()).isEqualTo(200);

        assertThat(count("pytopus.cache.gets", "cache", "pet", "result", "miss"))
                .isEqualTo(misses + 1);
        assertThat(count("pytopus.cache.gets", "cache", "pet", "result", "hit")).isEqualTo(hits + 1);
    }

    @Test
    void theActivePetsGaugeFollowsTheDatabaseWhenRefreshed() {
        metrics.refreshActive();
        double before = registry.get("pytopus.pets.active").gauge().value();

        hatch("DUMBO");
        metrics.refreshActive();

        assertThat(registry.get("pytopus.pets.active").gauge().value()).isGreaterThan(before);
    }

    private String hatch(String species) {
        var egg = owner.post("/api/v1/pets", Map.of("name", "Metric", "species", species, "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        return egg.json().path("id").asString();
    }

    private int act(String id, String type, String item) {
        var body = new HashMap<String, Object>();
        body.put("type", type);
        body.put("item", item);
        return owner.post("/api/v1/pets/" + id + "/actions", body).code();
    }

    private double count(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
