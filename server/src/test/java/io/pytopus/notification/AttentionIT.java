package io.pytopus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.account.AccountPreferences;
import io.pytopus.pet.PetAttention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The attention scheduler against the real PostgreSQL: time is moved with the {@link TestClock} and
 * the scheduler is run directly (its schedule may run too, which the assertions allow for).
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class AttentionIT {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    AttentionScheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    Browser owner;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
    }

    @Test
    void aPetPastItsAttentionInstantNudgesItsOwnerWithWhatItNeeds() {
        var inky = hatch(owner, "Inky");
        skipPastAttentionOf(owner, inky);

        scheduler.run();

        var page = owner.get("/api/v1/notifications");
        assertThat(page.code()).isEqualTo(200);
        var item = onlyItemAbout(page.json(), inky);
        assertThat(item.path("kind").asString()).isEqualTo("HUNGRY");
        assertThat(item.path("title").asString()).isEqualTo("Inky is hungry");
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(page.json().path("unread").asLong()).isEqualTo(1);
        // Its NotificationPosted went out with it, through the outbox to the broker.
        var id = item.path("id").asString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("""
                                SELECT count(*) FROM outbox
                                 WHERE event_type LIKE '%NotificationPosted' AND payload LIKE :id
                                   AND completed_at IS NOT NULL
                                """)
                                .param("id", "%\"notificationId\":\"" + id + "\"%")
                                .query(Long.class)
                                .single()
                        == 1);
    }

    @Test
    void anOwnerIsNudgedAboutAPetAtMostOnceInThreeHours() {
        var inky = hatch(owner, "Inky");
        skipPastAttentionOf(owner, inky);
        scheduler.run();
        assertThat(nudgesAbout(inky)).isEqualTo(1);

        clock.skip(Duration.ofHours(1));
        scheduler.run();
        clock.skip(Duration.ofMinutes(118));
        scheduler.run();
        assertThat(nudgesAbout(inky)).as("within 3 h of the first").isEqualTo(1);

        clock.skip(Duration.ofMinutes(3));
        scheduler.run();
        assertThat(nudgesAbout(inky)).as("3 h after the first, still hungry").isEqualTo(2);

        // Newest first, a page at a time.
        var first = owner.get("/api/v1/notifications?size=1").json();
        var second = owner.get("/api/v1/notifications?size=1&page=1").json();
        assertThat(first.path("total").asLong()).isEqualTo(2);
        assertThat(first.path("unread").asLong()).isEqualTo(2);
        assertThat(first.path("items")).hasSize(1);
        assertThat(Instant.parse(first.path("items").get(0).path("createdAt").asString()))
                .isAfter(Instant.parse(
                        second.path("items").get(0).path("createdAt").asString()));
        assertThat(owner.get("/api/v1/notifications?size=1&page=2").json().path("items"))
                .isEmpty();
    }

    @Test
    void quietHoursInTheOwnersZoneDeferTheNudgeUntilTheyEnd() {
        var inky = hatch(owner, "Inky");
        var due = attentionOf(owner, inky);
        // Quiet from an hour before the pet is due until two hours after, on Tokyo's wall clock.
        var tokyo = ZoneId.of("Asia/Tokyo");
        var dueLocal = due.atZone(tokyo);
        var from = dueLocal.toLocalTime().minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        var to = dueLocal.toLocalTime().plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        var settings = owner.patch(
                "/api/v1/me",
                Map.of(
                        "timeZone",
                        "Asia/Tokyo",
                        "quietHours",
                        Map.of("from", from.format(HH_MM), "to", to.format(HH_MM))));
        assertThat(settings.code()).as(settings.body()).isEqualTo(200);
        var quietEnd = nextWallClock(dueLocal, to);

        skipTo(due.plus(Duration.ofMinutes(1)));
        scheduler.run();
        skipTo(quietEnd.minus(Duration.ofMinutes(1)));
        scheduler.run();
        assertThat(nudgesAbout(inky)).as("during quiet hours").isZero();

        skipTo(quietEnd.plus(Duration.ofMinutes(1)));
        scheduler.run();
        var item = onlyItemAbout(owner.get("/api/v1/notifications").json(), inky);
        assertThat(Instant.parse(item.path("createdAt").asString())).isAfterOrEqualTo(quietEnd);
    }

    @Test
    void twoSchedulersRunningAtOnceNeverNudgeAboutTheSamePetTwice(
            @Autowired PetAttention pets,
            @Autowired AccountPreferences accounts,
            @Autowired NotificationRepository notifications,
            @Autowired Notifications posting,
            @Autowired AttentionProperties properties,
            @Autowired PlatformTransactionManager transactions,
            @Autowired MeterRegistry meters)
            throws Exception {
        List<UUID> ids = new ArrayList<>();
        Instant latest = Instant.EPOCH;
        for (int o = 0; o < 4; o++) {
            var keeper = o == 0 ? owner : new Browser(http);
            if (o > 0) {
                keeper.register();
            }
            for (int p = 0; p < 5; p++) {
                var id = hatch(keeper, "Twin" + o + p);
                ids.add(id);
                var due = attentionOf(keeper, id);
                latest = due.isAfter(latest) ? due : latest;
            }
        }
        skipTo(latest.plus(Duration.ofMinutes(1)));
        // Small batches, so that the two workers take turns many times within one run.
        var small = new AttentionProperties(
                3, properties.interval(), properties.nudgeWindow(), properties.retryAfterFailure());
        var start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (int worker = 0; worker < 2; worker++) {
                var other = new AttentionScheduler(
                        pets, accounts, notifications, posting, clock, small, transactions, meters);
                runs.add(threads.submit(() -> {
                    start.await();
                    return other.run();
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        }
        // A pet whose row a consumer held at the moment (a journal entry's foreign key takes a
        // key-share lock) was skipped by both claims, as SKIP LOCKED means; a later run nudges it.
        // What this test is about is that no run ever nudges a pet twice.
        scheduler.run();

        for (var id : ids) {
            assertThat(nudgesAbout(id)).as("nudges about %s", id).isEqualTo(1);
        }
    }

    @Test
    void anOwnerMarksANotificationReadAndNobodyElseCan() {
        var inky = hatch(owner, "Inky");
        skipPastAttentionOf(owner, inky);
        scheduler.run();
        var id = onlyItemAbout(owner.get("/api/v1/notifications").json(), inky)
                .path("id")
                .asString();

        var stranger = new Browser(http);
        stranger.register();
        var theirs = stranger.post("/api/v1/notifications/" + id + "/read", null);
        assertThat(theirs.code()).isEqualTo(404);
        assertThat(theirs.problemCode()).isEqualTo("NOT_FOUND");
        assertThat(stranger.get("/api/v1/notifications").json().path("total").asLong())
                .isZero();
        assertThat(owner.get("/api/v1/notifications").json().path("unread").asLong())
                .isEqualTo(1);

        assertThat(owner.get("/api/v1/notifications/unread-count")
                        .json()
                        .path("unread")
                        .asLong())
                .isEqualTo(1);
        assertThat(stranger.get("/api/v1/notifications/unread-count")
                        .json()
                        .path("unread")
                        .asLong())
                .isZero();

        assertThat(owner.post("/api/v1/notifications/" + id + "/read", null).code())
                .isEqualTo(204);
        assertThat(owner.get("/api/v1/notifications/unread-count")
                        .json()
                        .path("unread")
                        .asLong())
                .isZero();
        var page = owner.get("/api/v1/notifications").json();
        assertThat(page.path("unread").asLong()).isZero();
        assertThat(page.path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(owner.post("/api/v1/notifications/" + id + "/read", null).code())
                .as("again")
                .isEqualTo(204);

        assertThat(owner.post("/api/v1/notifications/" + UUID.randomUUID() + "/read", null)
                        .code())
                .isEqualTo(404);
        assertThat(owner.post("/api/v1/notifications/not-a-uuid/read", null).code())
                .isEqualTo(400);
    }

    @Test
    void pagesAreBoundedAndBadPagesAreProblems() {
        assertThat(owner.get("/api/v1/notifications").json().path("size").asInt())
                .isEqualTo(20);
        for (var query : List.of("size=0", "size=101", "page=-1", "page=x")) {
            var answer = owner.get("/api/v1/notifications?" + query);
            assertThat(answer.code()).as(query).isEqualTo(400);
            assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        }
        assertThat(new Browser(http).get("/api/v1/notifications").code()).isEqualTo(401);
    }

    /**
     * Hatches a pet and waits until the journal has written its hatching: the journal's insert takes
     * a key-share lock on the pet's row, which the scheduler's claim skips (SKIP LOCKED), so a run
     * during it would leave the pet for the next run, as in production, but not within this test.
     */
    private UUID hatch(Browser keeper, String name) {
        var egg = keeper.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).as(egg.body()).isEqualTo(201);
        var pet = UUID.fromString(egg.json().path("id").asString());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM journal_entries WHERE pet_id = :pet")
                                .param("pet", pet)
                                .query(Long.class)
                                .single()
                        > 0);
        return pet;
    }

    private static Instant attentionOf(Browser keeper, UUID pet) {
        return Instant.parse(
                keeper.get("/api/v1/pets/" + pet).json().path("nextAttentionAt").asString());
    }

    private void skipPastAttentionOf(Browser keeper, UUID pet) {
        skipTo(attentionOf(keeper, pet).plus(Duration.ofMinutes(1)));
    }

    /** Moves the clock to {@code instant}, unless another test has already moved it further. */
    private void skipTo(Instant instant) {
        var gap = Duration.between(clock.instant(), instant);
        if (gap.isPositive()) {
            clock.skip(gap);
        }
    }

    private long nudgesAbout(UUID pet) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE pet_id = :pet")
                .param("pet", pet)
                .query(Long.class)
                .single();
    }

    private static JsonNode onlyItemAbout(JsonNode page, UUID pet) {
        List<JsonNode> about = new ArrayList<>();
        page.path("items").forEach(item -> {
            if (item.path("petId").asString().equals(pet.toString())) {
                about.add(item);
            }
        });
        assertThat(about).as("notifications about %s in %s", pet, page).hasSize(1);
        return about.getFirst();
    }

    private static Instant nextWallClock(ZonedDateTime after, LocalTime time) {
        var candidate = after.with(time);
        return (candidate.isAfter(after) ? candidate : candidate.plusDays(1)).toInstant();
    }
}
