package io.pytopus.leaderboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.simulation.Happening;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaderboard worker's handler, called directly with batches of events, against the real
 * PostgreSQL and Redis (ADR 0026): a day of care counts once however often its events come, in
 * whatever order, even from two workers at once; with Redis unreachable nothing is lost.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class LeaderboardConsumerIT {

    private static final String STREAKS = "leaderboard:v1:longest-streak";

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    LeaderboardConsumer consumer;

    @Autowired
    LeaderboardQueries queries;

    @Autowired
    PendingBoards pending;

    @Autowired
    BoardUpdates updates;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    UUID pet;
    UUID owner;
    LocalDate today;

    @BeforeEach
    void anEgg() {
        var browser = new Browser(http);
        assertThat(browser.register().code()).isEqualTo(201);
        var egg = browser.post("/api/v1/pets", Map.of("name", "Streaky", "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        pet = UUID.fromString(egg.json().path("id").asString());
        owner = jdbc.sql("SELECT owner_id FROM pets WHERE id = :pet")
                .param("pet", pet)
                .query(UUID.class)
                .single();
        // Days far ahead of any real care of this pet, which the broker may bring meanwhile.
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(100);
    }

    @Test
    void aDayCountsOnceHoweverOftenItsCareComes() {
        var cleaned = care(today, "CLEAN");

        consumer.onEvents(List.of(cleaned, cleaned, care(today, "FEED")));
        consumer.onEvents(List.of(cleaned));

        assertThat(streak()).isEqualTo(new Streak(today, 1, 1));
        assertThat(redis.opsForZSet().score(STREAKS, pet.toString())).isEqualTo(-1.0);

        // A day already counted writes nothing to Redis: taken off by hand, the pet stays off.
        redis.opsForZSet().remove(STREAKS, pet.toString());
        consumer.onEvents(List.of(cleaned, care(today, "STROKE")));
        assertThat(redis.opsForZSet().score(STREAKS, pet.toString())).isNull();

        var tomorrow = care(today.plusDays(1), "PLAY");
        consumer.onEvents(List.of(tomorrow));
        consumer.onEvents(List.of(tomorrow, tomorrow));

        assertThat(streak()).isEqualTo(new Streak(today.plusDays(1), 2, 2));
        assertThat(redis.opsForZSet().score(STREAKS, pet.toString())).isEqualTo(-2.0);
    }

    @Test
    void aLateDayJoinsTheRunsAroundIt() {
        consumer.onEvents(List.of(care(today, "CLEAN"), care(today.plusDays(2), "CLEAN")));
        consumer.onEvents(List.of(care(today.plusDays(3), "CLEAN")));
        assertThat(streak()).isEqualTo(new Streak(today.plusDays(3), 2, 2));

        consumer.onEvents(List.of(care(today.plusDays(1), "CLEAN")));

        assertThat(streak()).isEqualTo(new Streak(today.plusDays(3), 4, 4));
        assertThat(redis.opsForZSet().score(STREAKS, pet.toString())).isEqualTo(-4.0);
    }

    @Test
    void vacationsAreNoCareDays() {
        consumer.onEvents(List.of(care(today, "START_VACATION"), care(today.plusDays(1), "END_VACATION")));

        assertThat(streak()).isNull();
    }

    /**
     * Two workers, one with the pet's even days and one with its odd days, each in order, side by side:
     * without the streak row's lock, one would extend a run the other has just changed and lose it.
     * Then both again, each with copies of every day.
     */
    @Test
    void twoWorkersWithDaysOfOnePetAtOnceCountEveryDay() throws Exception {
        int days = 12;
        for (int round = 0; round < 3; round++) {
            anEgg();
            var even = new ArrayList<Message>();
            var odd = new ArrayList<Message>();
            var copies = new ArrayList<Message>();
            for (int day = 0; day < days; day++) {
                (day % 2 == 0 ? even : odd).add(care(today.plusDays(day), "CLEAN"));
                copies.add(care(today.plusDays(day), "FEED"));
            }

            atOnce(even, odd);

            assertThat(streak()).as("round %d", round).isEqualTo(new Streak(today.plusDays(days - 1), days, days));

            atOnce(copies, copies.reversed());

            assertThat(streak()).as("round %d", round).isEqualTo(new Streak(today.plusDays(days - 1), days, days));
            assertThat(redis.opsForZSet().score(STREAKS, pet.toString())).isEqualTo((double) -days);
        }
    }

    /** Two workers, each handling its messages one batch at a time, started together. */
    private void atOnce(List<Message> one, List<Message> other) throws Exception {
        var start = new CyclicBarrier(2);
        try (var workers = Executors.newFixedThreadPool(2)) {
            var results = new ArrayList<Future<?>>();
            for (var messages : List.of(one, other)) {
                results.add(workers.submit(() -> {
                    start.await();
                    for (var message : messages) {
                        consumer.onEvents(List.of(message));
                    }
                    return null;
                }));
            }
            for (var result : results) {
                result.get();
            }
        }
    }

    @Test
    void withRedisUnreachableTheChangesWaitInPostgreSqlAndAreWrittenLater() {
        consumer.onEvents(List.of(care(today, "CLEAN")));
        redis.opsForZSet().remove(STREAKS, pet.toString());
        var unreachable = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", 1),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofMillis(300))
                        .build());
        unreachable.afterPropertiesSet();
        unreachable.start();
        try {
            var cutOff = new BoardUpdates(
                    queries,
                    new LeaderboardStore(new StringRedisTemplate(unreachable)),
                    pending,
                    transactions,
                    Duration.ofMinutes(1));

            transactions.executeWithoutResult(tx -> {
                cutOff.write(Map.of(Board.LONGEST_STREAK, Set.of(pet)));
                // Seen before the commit: once committed, the application's own flush may take it.
                assertThat(pendingFor(pet)).containsExactly("LONGEST_STREAK");
            });
        } finally {
            unreachable.destroy();
        }

        updates.flushPending();

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(pet).isEmpty());
        assertThat(redis.opsForZSet().score(STREAKS, pet.toString())).isEqualTo(-1.0);
    }

    private List<String> pendingFor(UUID pet) {
        return jdbc.sql("SELECT board FROM leaderboard_pending WHERE pet_id = :pet")
                .param("pet", pet)
                .query(String.class)
                .list();
    }

    private Streak streak() {
        return jdbc.sql("SELECT last_day, current_days, best_days FROM leaderboard_streaks WHERE pet_id = :pet")
                .param("pet", pet)
                .query((rs, n) -> new Streak(
                        rs.getDate("last_day").toLocalDate(), rs.getInt("current_days"), rs.getInt("best_days")))
                .optional()
                .orElse(null);
    }

    /** A care event of the pet at noon (UTC) of the day, as the relay sends it. */
    private Message care(LocalDate day, String action) {
        Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        var event = new CareGiven(
                UUID.randomUUID(), pet, owner, "Streaky", at, action, null, 1, List.of(new Happening.Cleaned()));
        var properties = new MessageProperties();
        properties.setMessageId(event.eventId().toString());
        properties.setType(CareGiven.class.getSimpleName());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        return new Message(json.writeValueAsBytes(event), properties);
    }
}
