package io.pytopus.pet;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.pet.simulation.OctopusState;
import io.pytopus.pet.simulation.Simulation;
import io.pytopus.pet.simulation.Species;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpMethod;

/** The pet API over HTTP, against the real PostgreSQL and Redis. */
@IntegrationTest
@AutoConfigureTestRestTemplate
class PetApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    Simulation simulation;

    Browser owner;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
    }

    @Test
    void hatchingLaysAnEggThatHatchesAfterTenMinutes() {
        var egg = owner.post("/api/v1/pets", Map.of("name", "Inky", "species", "MIMIC", "color", "#c8553d"));

        assertThat(egg.code()).isEqualTo(201);
        assertThat(egg.headers().getLocation())
                .hasToString("/api/v1/pets/" + egg.json().path("id").asString());
        assertThat(egg.json().path("stage").asString()).isEqualTo("EGG");
        assertThat(egg.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(egg.json().path("public").asBoolean()).isFalse();
        assertThat(egg.json().path("needs").path("satiety").asDouble()).isBetween(0.0, 100.0);
        assertThat(egg.json().path("skin").path("color").asString()).startsWith("#");

        clock.skip(Duration.ofMinutes(11));
        var hatched = owner.get("/api/v1/pets/" + egg.json().path("id").asString());

        assertThat(hatched.code()).isEqualTo(200);
        assertThat(hatched.json().path("stage").asString()).isEqualTo("HATCHLING");
        assertThat(hatched.json().path("ageSeconds").asLong()).isGreaterThanOrEqualTo(600);
        assertThat(owner.get("/api/v1/pets").json().findValuesAsString("id"))
                .containsExactly(egg.json().path("id").asString());
    }

    @Test
    void anAppliedActionAnswersWithWhatHappenedAndThePet() {
        String id = hatchling("Bubbles");

        var fed = act(id, "FEED", "SHRIMP");

        assertThat(fed.code()).isEqualTo(200);
        assertThat(fed.json().path("outcome").path("type").asString()).isEqualTo("FEED");
        // Time brought the hatching first, then the action did its part.
        assertThat(fed.json().path("outcome").path("happenings").findValuesAsString("kind"))
                .containsExactly("StageReached", "Fed");
        assertThat(fed.json().path("pet").path("needs").path("satiety").asDouble())
                .isGreaterThan(90);
        var history = owner.get("/api/v1/pets/" + id + "/history");
        assertThat(history.json().findValuesAsString("type")).containsExactly("FEED");
    }

    @Test
    void everyRefusalOfTheDesignTableIsReachableThroughTheApi() {
        var egg = owner.post("/api/v1/pets", Map.of("name", "Eggbert", "species", "COMMON", "color", "#c8553d"))
                .json()
                .path("id")
                .asString();
        assertRefused(act(egg, "FEED", "SHRIMP"), "EGG");

        String pet = hatchling("Refusnik");
        assertRefused(act(pet, "TRAIN", "WAVE"), "TOO_YOUNG");
        assertRefused(act(pet, "SLEEP", null), "NOT_TIRED");
        assertRefused(act(pet, "HEAL", null), "NOT_SICK");
        assertRefused(act(pet, "WAKE", null), "ALREADY_AWAKE");
        assertThat(act(pet, "FEED", "SHRIMP").code()).isEqualTo(200);
        assertRefused(act(pet, "FEED", "CLAM"), "NOT_HUNGRY");
        for (int i = 0; i < 3; i++) {
            assertThat(act(pet, "PLAY", "BALL").code()).isEqualTo(200);
        }
        assertThat(act(pet, "SLEEP", null).code()).isEqualTo(200);
        assertRefused(act(pet, "STROKE", null), "ASLEEP");
        assertRefused(act(pet, "SLEEP", null), "ALREADY_ASLEEP");

        String tired = hatchling("Sleepy");
        while (owner.get("/api/v1/pets/" + tired)
                        .json()
                        .path("needs")
                        .path("energy")
                        .asDouble()
                >= 10) {
            assertThat(act(tired, "PLAY", "BUBBLES").code()).isEqualTo(200);
        }
        assertRefused(act(tired, "PLAY", "BUBBLES"), "TOO_TIRED");
    }

    @Test
    void vacationsAndReleaseHaveTheirOwnRoutesAndRefusals() {
        String id = hatchling("Traveller");

        assertThat(owner.post("/api/v1/pets/" + id + "/vacation", null)
                        .json()
                        .path("pet")
                        .path("status")
                        .asString())
                .isEqualTo("ON_VACATION");
        assertRefused(owner.post("/api/v1/pets/" + id + "/vacation", null), "ALREADY_ON_VACATION");
        assertRefused(act(id, "FEED", "SHRIMP"), "ON_VACATION");
        assertThat(owner.delete("/api/v1/pets/" + id + "/vacation", null).code())
                .isEqualTo(200);
        assertRefused(owner.delete("/api/v1/pets/" + id + "/vacation", null), "NOT_ON_VACATION");

        var released = owner.post("/api/v1/pets/" + id + "/release", null);
        assertThat(released.json().path("pet").path("status").asString()).isEqualTo("RELEASED");
        assertRefused(act(id, "STROKE", null), "GONE");
    }

    @Test
    void aSickOctopusCannotBeLeftAloneOnVacation() {
        String id = hatchling("Poorly");
        var stored = owner.get("/api/v1/pets/" + id).json();
        // Let time pass until the model says it has fallen sick (but not escaped), then ask for leave.
        Duration untilSick =
                firstSickness(Species.COMMON, stored.path("ageSeconds").asLong());
        clock.skip(untilSick);

        assertThat(owner.get("/api/v1/pets/" + id).json().path("sick").asBoolean())
                .isTrue();
        assertRefused(owner.post("/api/v1/pets/" + id + "/vacation", null), "TOO_SICK_FOR_VACATION");
        assertThat(act(id, "HEAL", null).json().path("pet").path("sick").asBoolean())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Inky!", "<script>", "Mr. Ink", "abcdefghijklmnopqrstuvwxy"})
    void aBadNameIsA400ThatSaysWhy(String name) {
        var response = owner.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().path("errors").path("name").asString()).contains("1 to 24 characters");
    }

    @Test
    void namesMayHaveLettersDigitsSpacesHyphensAndApostrophes() {
        var response =
                owner.post("/api/v1/pets", Map.of("name", "Ink-O'Néill 2", "species", "DUMBO", "color", "#ABCDEF"));

        assertThat(response.code()).isEqualTo(201);
        assertThat(response.json().path("name").asString()).isEqualTo("Ink-O'Néill 2");
    }

    @Test
    void unknownSpeciesItemsAndTypesAre400s() {
        assertThat(owner.post("/api/v1/pets", Map.of("name", "X", "species", "KRAKEN", "color", "#c8553d"))
                        .code())
                .isEqualTo(400);
        String id = hatchling("Picky");
        var badFood = act(id, "FEED", "PIZZA");
        assertThat(badFood.code()).isEqualTo(400);
        assertThat(badFood.problemCode()).isEqualTo("INVALID_ACTION");
        assertThat(badFood.json().path("detail").asString()).contains("SHRIMP");
        assertThat(act(id, "FEED", null).problemCode()).isEqualTo("INVALID_ACTION");
        assertThat(act(id, "CLEAN", "SOAP").problemCode()).isEqualTo("INVALID_ACTION");
        assertThat(act(id, "DANCE", null).code()).isEqualTo(400);
        assertThat(act(id, "RELEASE", null).problemCode()).isEqualTo("INVALID_ACTION");
    }

    @Test
    void renamingAndPublishingAPet() {
        String id = hatchling("Shy");

        var changed = owner.patch("/api/v1/pets/" + id, Map.of("name", "Bold", "public", true));

        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.json().path("name").asString()).isEqualTo("Bold");
        assertThat(changed.json().path("public").asBoolean()).isTrue();
        assertThat(owner.get("/api/v1/pets/" + id).json().path("name").asString())
                .isEqualTo("Bold");
    }

    @Test
    void nobodyTouchesAnotherUsersPetOnAnyRoute() {
        String id = hatchling("Mine");
        owner.patch("/api/v1/pets/" + id, Map.of("public", true));
        var stranger = new Browser(http);
        stranger.register();

        var attempts = List.of(
                stranger.get("/api/v1/pets/" + id),
                stranger.get("/api/v1/pets/" + id + "/history"),
                stranger.patch("/api/v1/pets/" + id, Map.of("name", "Stolen")),
                stranger.post("/api/v1/pets/" + id + "/actions", Map.of("type", "STROKE")),
                stranger.post("/api/v1/pets/" + id + "/vacation", null),
                stranger.delete("/api/v1/pets/" + id + "/vacation", null),
                stranger.post("/api/v1/pets/" + id + "/release", null));

        assertThat(attempts).allSatisfy(response -> {
            assertThat(response.code()).isEqualTo(404);
            assertThat(response.problemCode()).isEqualTo("NOT_FOUND");
        });
        assertThat(stranger.get("/api/v1/pets").json().size()).isZero();
        var mine = owner.get("/api/v1/pets/" + id).json();
        assertThat(mine.path("name").asString()).isEqualTo("Mine");
        assertThat(mine.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(owner.get("/api/v1/pets/" + id + "/history").json().size()).isZero();
    }

    @Test
    void aVisitorWithoutASessionGets401OnEveryPetRoute() {
        String id = hatchling("Private");
        var visitor = new Browser(http);
        visitor.fetchCsrfCookie();

        for (var method : List.of(HttpMethod.GET, HttpMethod.PATCH, HttpMethod.POST)) {
            var path = method == HttpMethod.POST ? "/api/v1/pets/" + id + "/actions" : "/api/v1/pets/" + id;
            var response =
                    visitor.send(method, path, method == HttpMethod.GET ? null : Map.of("type", "CLEAN"), Map.of());
            assertThat(response.code()).as(method + " " + path).isEqualTo(401);
            assertThat(response.problemCode()).isEqualTo("UNAUTHENTICATED");
        }
    }

    private String hatchling(String name) {
        var egg = owner.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        clock.skip(Duration.ofMinutes(11));
        return egg.json().path("id").asString();
    }

    private Browser.Response act(String petId, String type, String item) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", type);
        if (item != null) {
            body.put("item", item);
        }
        return owner.post("/api/v1/pets/" + petId + "/actions", body);
    }

    private static void assertRefused(Browser.Response response, String code) {
        assertThat(response.code()).as(response.body()).isEqualTo(409);
        assertThat(response.problemCode()).isEqualTo(code);
        assertThat(response.json().path("detail").asString()).isNotBlank();
    }

    /** How long an untended hatchling takes to fall sick, asked of the model itself. */
    private Duration firstSickness(Species species, long ageSeconds) {
        var start = java.time.Instant.parse("2030-01-01T00:00:00Z");
        OctopusState pet = simulation.advance(
                simulation.hatchEgg(java.util.UUID.randomUUID(), species, start), start.plusSeconds(ageSeconds));
        for (int hours = 1; hours < 24 * 30; hours++) {
            var later = simulation.advance(pet, pet.updatedAt().plus(Duration.ofHours(hours)));
            if (later.sick() && later.status().present()) {
                return Duration.ofHours(hours);
            }
        }
        throw new AssertionError("the model never makes an untended octopus sick");
    }
}
