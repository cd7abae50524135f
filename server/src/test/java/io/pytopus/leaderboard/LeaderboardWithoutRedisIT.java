package io.pytopus.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Redis pointed at a closed port: the boards are computed by SQL, with the same answer shape and no
 * error. An api-only process, so it leaves the shared broker's queues to workers that reach Redis.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
@TestPropertySource(properties = {"REDIS_URL=redis://127.0.0.1:1", "pytopus.roles=api"})
class LeaderboardWithoutRedisIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Test
    void boardsAreServedFromPostgreSql() {
        var owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
        var egg = owner.post("/api/v1/pets", Map.of("name", "Offline", "species", "COMMON", "color", "#c8553d"));
        String id = egg.json().path("id").asString();
        clock.skip(Duration.ofMinutes(11));
        assertThat(owner.post("/api/v1/pets/" + id + "/actions", Map.of("type", "CLEAN"))
                        .code())
                .isEqualTo(200);

        var streak = owner.get("/api/v1/leaderboards/longest-streak");

        assertThat(streak.code()).isEqualTo(200);
        assertThat(streak.json().path("board").asString()).isEqualTo("longest-streak");
        long rank = streak.json().path("myRank").asLong();
        assertThat(rank).isPositive();
        if (rank <= 50) {
            var entry = streak.json().path("entries").get((int) rank - 1);
            assertThat(entry.path("petId").asString()).isEqualTo(id);
            assertThat(entry.path("petName").asString()).isEqualTo("Offline");
            assertThat(entry.path("score").asLong()).isEqualTo(1);
        }
        for (var board : new String[] {"oldest", "most-tricks", "longest-streak", "most-waves"}) {
            var answer = owner.get("/api/v1/leaderboards/" + board);
            assertThat(answer.code()).isEqualTo(200);
            assertThat(answer.json().path("entries").size()).isLessThanOrEqualTo(50);
        }
        assertThat(owner.get("/api/v1/leaderboards/oldest")
                        .json()
                        .path("myRank")
                        .asLong())
                .isPositive();
        assertThat(owner.get("/api/v1/leaderboards/nope").code()).isEqualTo(404);
    }
}
