package io.pytopus.pet;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user's pets are part of their data: exported with it, and deleted with the account. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class PetAccountIT {

    static final String PASSWORD = "tentacles under the pier";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportHoldsEveryPetWithItsHistory() {
        var owner = new Browser(http);
        owner.register();
        var id = owner.post("/api/v1/pets", Map.of("name", "Exported", "species", "DUMBO", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        owner.post("/api/v1/pets/" + id + "/actions", Map.of("type", "CLEAN"));

        var export = owner.get("/api/v1/me/export").json();

        var pet = export.path("pets").get(0);
        assertThat(pet.path("id").asString()).isEqualTo(id);
        assertThat(pet.path("name").asString()).isEqualTo("Exported");
        assertThat(pet.path("snapshot").path("species").asString()).isEqualTo("DUMBO");
        assertThat(pet.path("history").get(0).path("type").asString()).isEqualTo("CLEAN");
    }

    @Test
    void deletingTheAccountDeletesItsPetsAndTheirHistory() {
        var owner = new Browser(http);
        owner.register(Browser.uniqueEmail(), PASSWORD);
        var id = owner.post("/api/v1/pets", Map.of("name", "Goner", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        owner.post("/api/v1/pets/" + id + "/actions", Map.of("type", "CLEAN"));

        assertThat(owner.delete("/api/v1/me", Map.of("password", PASSWORD)).code())
                .isEqualTo(204);

        var petId = UUID.fromString(id);
        assertThat(count("SELECT count(*) FROM pets WHERE id = ?", petId)).isZero();
        assertThat(count("SELECT count(*) FROM pet_actions WHERE pet_id = ?", petId))
                .isZero();
    }

    private long count(String sql, Object arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single();
    }
}
