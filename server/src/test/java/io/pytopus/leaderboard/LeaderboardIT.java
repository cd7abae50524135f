package io.pytopus.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Care actions reach the boards through the outbox, RabbitMQ and the leaderboard worker, against the
 * real PostgreSQL, broker and Redis. What a redelivered or late event does is {@code
 * LeaderboardConsumerIT}'s part: several workers take the queue at once, so no test can tell from the
 * broker when a copy has been handled.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class LeaderboardIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static final List<String> BOARDS = List.of("oldest", "most-tricks", "longest-streak", "most-waves");

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    LeaderboardRebuild rebuild;

    Browser owner;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
    }

    @Test
    void careOnTwoConsecutiveDaysMakesAStreakOfTwo() {
        String id = hatched("Streaky");
        assertThat(act(id, "CLEAN", null).code()).isEqualTo(200);
        clock.skip(Duration.ofHours(24));
        assertThat(act(id, "CLEAN", null).code()).isEqualTo(200);

        await().atMost(DELIVERY).until(() -> score("longest-streak", id), score -> score != null && score == -2.0);

        // Pets of other tests share the boards, so this one may be beyond the first 50.
        var board = owner.get("/api/v1/leaderboards/longest-streak").json();
        long rank = board.path("myRank").asLong();
        assertThat(rank).isPositive();
        if (rank <= 50) {
            var entry = board.path("entries").get((int) rank - 1);
            assertThat(entry.path("petId").asString()).isEqualTo(id);
            assertThat(entry.path("petName").asString()).isEqualTo("Streaky");
            assertThat(entry.path("ownerDisplayName").asString()).isNotBlank();
            assertThat(entry.path("score").asLong()).isEqualTo(2);
        }
        assertThat(score("oldest", id)).isNotNull();
        assertThat(owner.get("/api/v1/leaderboards/oldest")
                        .json()
                        .path("myRank")
                        .asLong())
                .isPositive();
    }

    @Test
    void aLearnedTrickPutsThePetOnMostTricks() {
        String id = hatched("Clever");
        clock.skip(Duration.ofHours(25)); // juvenile: old enough to train
        for (int session = 0; session < 300 && !knowsWave(id); session++) {
            careForTraining(id, session);
        }
        assertThat(knowsWave(id)).as("learned WAVE within 300 sessions").isTrue();

        var entry = awaitEntry("most-tricks", id, 1);

        assertThat(entry.path("score").asLong()).isEqualTo(1);
    }

    @Test
    void aRebuildFromPostgreSqlGivesTheSameBoards() {
        String id = hatched("Rebuilt");
        assertThat(act(id, "CLEAN", null).code()).isEqualTo(200);
        await().atMost(DELIVERY).until(() -> score("longest-streak", id) != null);
        // Settle the boards: no event of another test still in the queue, no place still waiting to be
        // written to Redis (a context whose Redis was down may have left some), then snapshot them.
        await().atMost(DELIVERY).until(this::nothingInFlight);
        rebuild.rebuildAll();
        var before = boards();

        redis.delete(BOARDS.stream().map(board -> "leaderboard:v1:" + board).toList());
        var sizes = rebuild.rebuildAll();

        assertThat(sizes).containsOnlyKeys(BOARDS);
        assertThat(boards()).isEqualTo(before);
        assertThat(score("longest-streak", id)).isEqualTo(-1.0);
    }

    private boolean nothingInFlight() {
        var queue = admin.getQueueInfo("pytopus.leaderboard");
        long pending = jdbc.sql("SELECT count(*) FROM leaderboard_pending")
                .query(Long.class)
                .single();
        return (queue == null || queue.getMessageCount() == 0) && pending == 0;
    }

    @Test
    void anUnknownBoardIsNotFound() {
        var answer = owner.get("/api/v1/leaderboards/most-ink");

        assertThat(answer.code()).isEqualTo(404);
        assertThat(answer.problemCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void wavesFromTheReefRankAPetOnTheWavesBoard() {
        String id = hatched("Waved");
        assertThat(owner.patch("/api/v1/pets/" + id, Map.of("public", true)).code())
                .isEqualTo(200);
        var visitor = new Browser(http);
        visitor.register();

        assertThat(visitor.post("/api/v1/reef/pets/" + id + "/wave", null).code())
                .isEqualTo(200);

        await().atMost(DELIVERY).until(() -> score("most-waves", id), score -> score != null && score == -1.0);
        var board = owner.get("/api/v1/leaderboards/most-waves");
        assertThat(board.code()).isEqualTo(200);
        assertThat(board.json().path("myRank").asLong()).isPositive();
    }

    @Test
    void aReleasedPetLeavesTheBoards() {
        String id = hatched("Leaving");
        assertThat(act(id, "CLEAN", null).code()).isEqualTo(200);
        await().atMost(DELIVERY).until(() -> score("longest-streak", id) != null);

        assertThat(owner.post("/api/v1/pets/" + id + "/release", null).code()).isEqualTo(200);

        await().atMost(DELIVERY).until(() -> score("longest-streak", id) == null && score("oldest", id) == null);
    }

    /** Keeps the pet awake, fed and happy enough, then trains WAVE once. */
    private void careForTraining(String id, int session) {
        var pet = owner.get("/api/v1/pets/" + id).json();
        var needs = pet.path("needs");
        if (pet.path("sick").asBoolean()) {
            act(id, "HEAL", null);
        } else if (pet.path("asleep").asBoolean() || needs.path("energy").asDouble() < 30) {
            act(id, "SLEEP", null);
            clock.skip(Duration.ofHours(5));
            act(id, "WAKE", null);
        } else if (needs.path("satiety").asDouble() < 50) {
            act(id, "FEED", List.of("SHRIMP", "CLAM", "CRAB").get(session % 3));
        } else if (needs.path("cleanliness").asDouble() < 40) {
            act(id, "CLEAN", null);
        } else if (needs.path("joy").asDouble() < 50) {
            act(id, "STROKE", null);
        } else {
            act(id, "TRAIN", "WAVE");
        }
    }

    private boolean knowsWave(String id) {
        var tricks = new ArrayList<String>();
        owner.get("/api/v1/pets/" + id).json().path("tricks").forEach(trick -> tricks.add(trick.asString()));
        return tricks.contains("WAVE");
    }

    private JsonNode awaitEntry(String board, String id, long score) {
        return await().atMost(DELIVERY)
                .until(
                        () -> entry(board, id),
                        entry -> entry != null && entry.path("score").asLong() == score);
    }

    private JsonNode entry(String board, String id) {
        for (var entry : owner.get("/api/v1/leaderboards/" + board).json().path("entries")) {
            if (entry.path("petId").asString().equals(id)) {
                return entry;
            }
        }
        return null;
    }

    private Double score(String board, String id) {
        return redis.opsForZSet().score("leaderboard:v1:" + board, id);
    }

    private Map<String, Double> scores(String id) {
        var scores = new java.util.TreeMap<String, Double>();
        for (var board : BOARDS) {
            scores.put(board, score(board, id));
        }
        return scores;
    }

    /** Each board's places (rank, pet), leaving out the ages, which grow as the test runs. */
    private Map<String, List<String>> boards() {
        var boards = new java.util.TreeMap<String, List<String>>();
        for (var board : BOARDS) {
            var places = new ArrayList<String>();
            for (var entry : owner.get("/api/v1/leaderboards/" + board).json().path("entries")) {
                places.add(
                        entry.path("rank").asLong() + " " + entry.path("petId").asString()
                                + (board.equals("oldest")
                                        ? ""
                                        : " " + entry.path("score").asLong()));
            }
            boards.put(board, places);
        }
        return boards;
    }

    private String hatched(String name) {
        var egg = owner.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        clock.skip(Duration.ofMinutes(11));
        return egg.json().path("id").asString();
    }

    private Browser.Response act(String id, String type, String item) {
        var body = item == null ? Map.of("type", type) : Map.of("type", type, "item", item);
        return owner.post("/api/v1/pets/" + id + "/actions", body);
    }
}
