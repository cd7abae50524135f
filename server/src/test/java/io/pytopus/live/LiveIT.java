package io.pytopus.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.EventStream;
import io.pytopus.IntegrationTest;
import io.pytopus.PytopusProcess;
import io.pytopus.TestClock;
import io.pytopus.system.Exchanges;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live updates over server-sent events, end to end against the real PostgreSQL, Redis and broker
 * (issue 5): an action travels through the outbox and RabbitMQ to every API instance's own queue,
 * and from there to the streams of its owner.
 *
 * <p>Two API instances: the shared test application ("A", which is also the worker) and a second,
 * API-only instance started here ("B") with a short heartbeat and at most three streams per user.
 * Sessions live in PostgreSQL, so a browser signed in on A streams from B with the same cookie.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveIT {

    private static final Duration DELIVERY = EventStream.WAIT;
    private static final int STREAMS_PER_USER_ON_B = 3;

    static PytopusProcess instanceB;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    Browser owner;

    @BeforeAll
    static void startInstanceB() {
        instanceB = PytopusProcess.start(
                "pytopus.roles=api",
                "pytopus.live.heartbeat=500ms",
                "pytopus.live.max-connections-per-user=" + STREAMS_PER_USER_ON_B);
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
    }

    @Test
    void oneCareActionGivesAJournalEntryALeaderboardUpdateAndALiveEvent() {
        try (var stream = EventStream.open(owner)) {
            String pet = hatched(owner, "Ínky Ødegård");
            assertThat(act(owner, pet, "CLEAN").code()).isEqualTo(200);

            var care = stream.awaitAbout("pet.care-given", pet);
            assertThat(care.json().path("action").asString()).isEqualTo("CLEAN");
            assertThat(care.json().path("petName").asString()).isEqualTo("Ínky Ødegård");
            assertThat(care.id()).isEqualTo(care.json().path("eventId").asString());
            assertThat(stream.awaitAbout("pet.hatched", pet).id()).isNotEqualTo(care.id());

            await().atMost(DELIVERY)
                    .untilAsserted(() -> assertThat(owner.get("/api/v1/pets/" + pet + "/journal")
                                    .json()
                                    .path("entries")
                                    .findValuesAsString("text"))
                            .contains("Ínky Ødegård got a clean tank."));
            await().atMost(DELIVERY)
                    .until(
                            () -> redis.opsForZSet().score("leaderboard:v1:longest-streak", pet),
                            score -> score != null && score == -1.0);
            assertThat(stream.retry()).isEqualTo("3000");
        }
    }

    @Test
    void aUserStreamingFromAnotherInstanceSeesTheActionTakenOnThisOne() {
        try (var onB = EventStream.open(instanceB.rootUri(), owner, null)) {
            String pet = egg(owner, "Crossing");

            var hatched = onB.awaitAbout("pet.hatched", pet);

            assertThat(hatched.json().path("ownerId").asString()).isNotBlank();
            assertThat(hatched.json().path("petName").asString()).isEqualTo("Crossing");
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsWhatItMissed() {
        String pet;
        String lastSeen;
        try (var first = EventStream.open(instanceB.rootUri(), owner, null)) {
            pet = egg(owner, "Missed");
            lastSeen = first.awaitAbout("pet.hatched", pet).id();
        }
        String firstMissed;
        String secondMissed;
        try (var witness = EventStream.open(instanceB.rootUri(), owner, null)) {
            assertThat(act(owner, pet, "CLEAN").code()).isEqualTo(200);
            firstMissed = witness.awaitAbout("pet.care-given", pet).id();
            assertThat(act(owner, pet, "CLEAN").code()).isEqualTo(200);
            secondMissed = witness.await(event ->
                            event.name().equals("pet.care-given") && !event.id().equals(firstMissed))
                    .id();
        }

        try (var again = EventStream.open(instanceB.rootUri(), owner, lastSeen)) {
            await().atMost(DELIVERY).until(() -> again.events().size() >= 2);

            assertThat(again.events()).extracting(EventStream.Event::id).containsExactly(firstMissed, secondMissed);
            assertThat(again.events()).extracting(EventStream.Event::name).containsOnly("pet.care-given");
        }
    }

    @Test
    void aReconnectWithAnIdThisInstanceDoesNotKnowIsToldToResync() {
        try (var stream =
                EventStream.open(instanceB.rootUri(), owner, UUID.randomUUID().toString())) {
            var resync = stream.await(event -> event.name().equals("resync"));

            assertThat(resync.data()).isEqualTo("{}");
        }
    }

    @Test
    void anIdleStreamGetsHeartbeats() {
        try (var stream = EventStream.open(instanceB.rootUri(), owner, null)) {
            await().atMost(DELIVERY).until(() -> stream.comments().size() >= 2);

            assertThat(stream.comments()).containsOnly("heartbeat");
            assertThat(stream.events()).isEmpty();
            assertThat(stream.ending()).isNull();
        }
    }

    @Test
    void anotherUsersEventsNeverReachMyStream() {
        var other = new Browser(http);
        assertThat(other.register().code()).isEqualTo(201);
        try (var mine = EventStream.open(instanceB.rootUri(), owner, null);
                var theirs = EventStream.open(instanceB.rootUri(), other, null)) {
            String theirPet = egg(other, "Theirs");
            theirs.awaitAbout("pet.hatched", theirPet);
            // Queued to my streams after theirs: once mine is here, theirs would have been too.
            String myPet = egg(owner, "Mine");
            mine.awaitAbout("pet.hatched", myPet);

            assertThat(mine.events()).noneMatch(event -> event.data().contains(theirPet));
            assertThat(theirs.events()).noneMatch(event -> event.data().contains(myPet));
        }
    }

    @Test
    void aNotificationPublishedToTheExchangeReachesItsUserOnceEvenWhenDeliveredTwice() {
        var user = owner.get("/api/v1/me").json().path("id").asString();
        try (var stream = EventStream.open(instanceB.rootUri(), owner, null)) {
            var posted = notificationFor(user, "Inky is hungry");
            var marker = notificationFor(user, "Inky is bored");

            publish("notification.posted", posted);
            publish("notification.posted", posted);
            publish("notification.posted", marker);

            var last = stream.await(event -> event.id().equals(marker.get("eventId")));
            assertThat(last.name()).isEqualTo("notification.posted");
            assertThat(last.data()).isEqualTo(json.writeValueAsString(marker));
            // One consumer reads the queue in order: both copies came before the marker.
            assertThat(stream.events())
                    .extracting(EventStream.Event::id)
                    .containsExactly((String) posted.get("eventId"), (String) marker.get("eventId"));
        }
    }

    @Test
    void anAchievementReachesItsUser() {
        try (var stream = EventStream.open(owner)) {
            String pet = hatched(owner, "Trophy");
            assertThat(act(owner, pet, "STROKE").code()).isEqualTo(200);

            var unlocked = stream.await(event -> event.name().equals("achievement.unlocked"));

            assertThat(unlocked.json().path("achievement").asString()).isEqualTo("FIRST_HATCH");
            assertThat(unlocked.json().path("petName").asString()).isEqualTo("Trophy");
        }
    }

    @Test
    void aUserOpeningMoreStreamsThanAllowedLosesTheOldest() {
        var streams = new java.util.ArrayList<EventStream>();
        try {
            for (int i = 0; i <= STREAMS_PER_USER_ON_B; i++) {
                streams.add(EventStream.open(instanceB.rootUri(), owner, null));
            }
            var oldest = streams.getFirst();

            assertThat(oldest.awaitEnd()).isEqualTo("end");
            // Heartbeats after the oldest ended: the others are open still.
            for (var newer : streams.subList(1, streams.size())) {
                int seen = newer.comments().size();
                await().atMost(DELIVERY).until(() -> newer.comments().size() > seen);
                assertThat(newer.ending()).isNull();
            }
        } finally {
            streams.forEach(EventStream::close);
        }
    }

    @Test
    void signedOutNobodyGetsAStream() {
        var stranger = new Browser(http);

        var answer = stranger.get("/api/v1/stream");

        assertThat(answer.code()).isEqualTo(401);
        assertThat(answer.problemCode()).isEqualTo("UNAUTHENTICATED");
    }

    /** Last: it stops instance B. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anInstanceShuttingDownEndsItsStreamsCleanly() {
        var stream = EventStream.open(instanceB.rootUri(), owner, null);

        instanceB.close();

        // The response ended properly (its last chunk), not by a connection torn down mid-stream.
        assertThat(stream.awaitEnd()).isEqualTo("end");
    }

    private String egg(Browser keeper, String name) {
        var egg = keeper.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        return egg.json().path("id").asString();
    }

    private String hatched(Browser keeper, String name) {
        String id = egg(keeper, name);
        clock.skip(Duration.ofMinutes(11));
        return id;
    }

    private Browser.Response act(Browser keeper, String pet, String type) {
        return keeper.post("/api/v1/pets/" + pet + "/actions", Map.of("type", type));
    }

    /** A {@code notification.posted} event as the notification module relays it. */
    private static Map<String, Object> notificationFor(String user, String title) {
        var notification = new java.util.LinkedHashMap<String, Object>();
        notification.put("eventId", UUID.randomUUID().toString());
        notification.put("notificationId", UUID.randomUUID().toString());
        notification.put("userId", user);
        notification.put("petId", null);
        notification.put("kind", "NUDGE");
        notification.put("title", title);
        notification.put("body", "Drop by when you can.");
        notification.put("occurredAt", Instant.now().toString());
        return notification;
    }

    private void publish(String routingKey, Map<String, Object> event) {
        var properties = new MessageProperties();
        properties.setMessageId((String) event.get("eventId"));
        properties.setType("NotificationPosted");
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        rabbit.send(
                Exchanges.EVENTS,
                routingKey,
                new Message(json.writeValueAsString(event).getBytes(StandardCharsets.UTF_8), properties));
    }
}
