package io.pytopus.reef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The reef's profiles and visits against the real PostgreSQL, broker and workers: who may see a
 * profile, the rules of waves and snacks (ADR 0022), and where a wave goes (the owner's journal, the
 * waves leaderboard).
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class ReefIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    StringRedisTemplate redis;

    Browser owner;
    Browser visitor;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
        visitor = new Browser(http);
        assertThat(visitor.register(Browser.uniqueEmail(), "tentacles under the pier")
                        .code())
                .isEqualTo(201);
    }

    @Test
    void aPublicPetHasAProfileAnyoneCanRead() {
        String id = publicPet("Coral", "Loves bubbles & jars <3");

        var anonymous = new Browser(http).get("/api/v1/reef/pets/" + id);

        assertThat(anonymous.code()).isEqualTo(200);
        var profile = anonymous.json();
        assertThat(profile.path("id").asString()).isEqualTo(id);
        assertThat(profile.path("name").asString()).isEqualTo("Coral");
        assertThat(profile.path("bio").asString()).isEqualTo("Loves bubbles & jars <3");
        assertThat(profile.path("ownerName").asString()).isEqualTo("Inky's keeper");
        assertThat(profile.path("species").asString()).isEqualTo("DUMBO");
        assertThat(profile.path("stage").asString()).isEqualTo("EGG");
        assertThat(profile.has("personality")).isTrue();
        assertThat(profile.path("personality").isNull()).isTrue();
        assertThat(profile.path("waves").asLong()).isZero();
        assertThat(profile.path("skin").path("color").asString()).startsWith("#");
        assertThat(profile.path("mood").asString()).isNotBlank();
        assertThat(profile.path("color").asString()).isEqualTo("#336699");
        assertThat(profile.has("needs")).as("needs stay private").isFalse();
    }

    @Test
    void privateReleasedAndUnknownPetsAreNotFound() {
        String hidden = egg(owner, "Hidden");
        String released = publicPet("Gone", null);
        assertThat(owner.post("/api/v1/pets/" + released + "/release", null).code())
                .isEqualTo(200);

        for (String id : new String[] {hidden, released, UUID.randomUUID().toString()}) {
            var answer = visitor.get("/api/v1/reef/pets/" + id);
            assertThat(answer.code()).isEqualTo(404);
            assertThat(answer.problemCode()).isEqualTo("NOT_FOUND");
            assertThat(visitor.post("/api/v1/reef/pets/" + id + "/wave", null).code())
                    .isEqualTo(404);
            assertThat(visitor.post("/api/v1/reef/pets/" + id + "/snack", null).code())
                    .isEqualTo(404);
        }
    }

    @Test
    void makingAPetPrivateTakesItOutOfTheReefAtOnce() {
        String id = publicPet("Shy", null);
        assertThat(visitor.get("/api/v1/reef/pets/" + id).code()).isEqualTo(200);

        assertThat(owner.patch("/api/v1/pets/" + id, Map.of("public", false)).code())
                .isEqualTo(200);

        assertThat(visitor.get("/api/v1/reef/pets/" + id).code()).isEqualTo(404);
    }

    @Test
    void wavingAtOnesOwnPetIsRefused() {
        String id = publicPet("Mine", null);

        var answer = owner.post("/api/v1/reef/pets/" + id + "/wave", null);

        assertThat(answer.code()).isEqualTo(409);
        assertThat(answer.problemCode()).isEqualTo("OWN_PET");
        assertThat(owner.post("/api/v1/reef/pets/" + id + "/snack", null).problemCode())
                .isEqualTo("OWN_PET");
    }

    @Test
    void aVisitorWavesOncePerPetPerHour() {
        String id = publicPet("Wavy", null);

        var first = visitor.post("/api/v1/reef/pets/" + id + "/wave", null);
        var again = visitor.post("/api/v1/reef/pets/" + id + "/wave", null);

        assertThat(first.code()).isEqualTo(200);
        assertThat(first.json().path("waves").asLong()).isEqualTo(1);
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("ALREADY_WAVED");
        assertThat(again.json().path("retryAfterSeconds").asLong()).isBetween(1L, 3600L);

        var other = new Browser(http);
        other.register();
        assertThat(other.post("/api/v1/reef/pets/" + id + "/wave", null)
                        .json()
                        .path("waves")
                        .asLong())
                .isEqualTo(2);

        clock.skip(Duration.ofMinutes(61));
        var later = visitor.post("/api/v1/reef/pets/" + id + "/wave", null);
        assertThat(later.code()).isEqualTo(200);
        assertThat(later.json().path("waves").asLong()).isEqualTo(3);
        assertThat(visitor.get("/api/v1/reef/pets/" + id).json().path("waves").asLong())
                .isEqualTo(3);
    }

    @Test
    void aVisitorGivesOneSnackADayPerPet() {
        String id = publicPet("Snacky", null);
        String other = publicPet("Other", null);

        var first = visitor.post("/api/v1/reef/pets/" + id + "/snack", null);
        var again = visitor.post("/api/v1/reef/pets/" + id + "/snack", null);
        var otherPet = visitor.post("/api/v1/reef/pets/" + other + "/snack", null);

        assertThat(first.code()).isEqualTo(200);
        assertThat(first.json().path("snacks").asLong()).isEqualTo(1);
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("SNACK_ALREADY_GIVEN");
        assertThat(again.json().path("nextSnackAt").asString()).endsWith("T00:00:00Z");
        assertThat(otherPet.code()).isEqualTo(200);

        clock.skip(Duration.ofHours(24));
        assertThat(visitor.post("/api/v1/reef/pets/" + id + "/snack", null).code())
                .isEqualTo(200);
    }

    @Test
    void visitsNeedAnAccount() {
        String id = publicPet("Guarded", null);
        var anonymous = new Browser(http);
        anonymous.fetchCsrfCookie();

        var answer = anonymous.post("/api/v1/reef/pets/" + id + "/wave", null);

        assertThat(answer.code()).isEqualTo(401);
        assertThat(answer.problemCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void wavesAndSnacksAreWrittenInTheOwnersJournal() {
        String id = publicPet("Social", null);
        assertThat(visitor.patch("/api/v1/me", Map.of("displayName", "Neighbour Nell"))
                        .code())
                .isEqualTo(200);

        assertThat(visitor.post("/api/v1/reef/pets/" + id + "/wave", null).code())
                .isEqualTo(200);
        assertThat(visitor.post("/api/v1/reef/pets/" + id + "/snack", null).code())
                .isEqualTo(200);

        var journal = await().atMost(DELIVERY)
                .until(
                        () -> owner.get("/api/v1/pets/" + id + "/journal").json(),
                        page -> texts(page).contains("Neighbour Nell gave Social a snack."));
        assertThat(texts(journal))
                .contains(
                        "Neighbour Nell waved at Social from the reef.",
                        "Social moved into the public reef. Social has a new bio.");
    }

    @Test
    void wavesRankThePetOnTheWavesLeaderboard() {
        String id = publicPet("Famous", null);
        for (int i = 0; i < 3; i++) {
            var fan = new Browser(http);
            fan.register();
            assertThat(fan.post("/api/v1/reef/pets/" + id + "/wave", null).code())
                    .isEqualTo(200);
        }

        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(redis.opsForZSet().score("leaderboard:v1:most-waves", id))
                        .isEqualTo(-3.0));
        var board = owner.get("/api/v1/leaderboards/most-waves").json();
        assertThat(board.path("myRank").asLong()).isPositive();
    }

    @Test
    void aBioIsPlainTextOfAtMost280Characters() {
        String id = egg(owner, "Writer");

        var tooLong = owner.patch("/api/v1/pets/" + id, Map.of("bio", "x".repeat(281)));
        var control = owner.patch("/api/v1/pets/" + id, Map.of("bio", "bell\u0007"));
        var fine = owner.patch("/api/v1/pets/" + id, Map.of("bio", "Two lines:\nhello reef"));
        var cleared = owner.patch("/api/v1/pets/" + id, Map.of("bio", ""));

        assertThat(tooLong.code()).isEqualTo(400);
        assertThat(tooLong.problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(control.code()).isEqualTo(400);
        assertThat(fine.code()).isEqualTo(200);
        assertThat(fine.json().path("bio").asString()).isEqualTo("Two lines:\nhello reef");
        assertThat(cleared.code()).isEqualTo(200);
        assertThat(cleared.json().has("bio")).isFalse();
    }

    private String publicPet(String name, String bio) {
        String id = egg(owner, name);
        var patch = bio == null
                ? Map.<String, Object>of("public", true, "bio", "Hello from the reef")
                : Map.<String, Object>of("public", true, "bio", bio);
        var answer = owner.patch("/api/v1/pets/" + id, patch);
        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.json().path("public").asBoolean()).isTrue();
        return id;
    }

    private static String egg(Browser browser, String name) {
        var egg = browser.post("/api/v1/pets", Map.of("name", name, "species", "DUMBO", "color", "#336699"));
        assertThat(egg.code()).isEqualTo(201);
        return egg.json().path("id").asString();
    }

    private static List<String> texts(JsonNode page) {
        return page.path("entries").findValuesAsString("text");
    }
}
