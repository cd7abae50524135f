package io.pytopus.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.account.EmailList;
import io.pytopus.devservices.EmbeddedSmtp;
import io.pytopus.notification.AttentionRuns;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Trick;
import io.pytopus.system.Exchanges;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Email end to end against the real engines: the outbox in PostgreSQL, jobs and events through the
 * broker, and a real SMTP server (the embedded GreenMail, which these tests stop and start). Time is
 * moved with the {@link TestClock}; the scheduler, the digest job and the retries are run directly
 * (their schedules may run too, which the assertions allow for).
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class EmailIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    EmbeddedSmtp smtp;

    @BeforeEach
    void smtpIsUp() {
        smtp = EmbeddedSmtp.running()
                .orElseThrow(() -> new IllegalStateException(
                        "EmailIT reads what the embedded SMTP server received: leave SMTP_HOST unset"));
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @AfterEach
    void smtpStaysUpForOthers() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void theWeeklyDigestReachesEachOptedInUserOnceWithTheirWeek() throws Exception {
        var ann = Keeper.register(http, "Ann");
        ann.set("weeklyDigest", true);
        var inky = ann.hatch("Inky");
        var bob = Keeper.register(http, "Bob");
        bob.set("weeklyDigest", true);
        bob.hatch("Blob");
        var cat = Keeper.register(http, "Cat");
        cat.hatch("Coral");

        // Care on two days in a row, then a trick and two waves (one of them delivered twice).
        var firstCare = clock.instant();
        assertThat(ann.act(inky, "CLEAN").code()).isEqualTo(200);
        clock.skip(Duration.ofHours(25));
        assertThat(ann.act(inky, "CLEAN").code()).isEqualTo(200);
        var now = clock.instant();
        var week = Weeks.weekOf(now);
        int careThisWeek = Weeks.weekOf(firstCare).equals(week) ? 2 : 1;
        transactions.executeWithoutResult(tx ->
                events.publishEvent(new TrickLearned(UUID.randomUUID(), inky, ann.id(), "Inky", now, Trick.WAVE, 3)));
        var wave = UUID.randomUUID();
        publishWave(wave, inky, now);
        publishWave(wave, inky, now);
        publishWave(UUID.randomUUID(), inky, now);
        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(tally(inky, week)).containsExactly(1, 2, careThisWeek));
        var stage = ann.get("/api/v1/pets/" + inky).json().path("stage").asString();
        assertThat(stage).isEqualTo("JUVENILE");

        int enqueued = EmailDesk.runDigest(context, week);

        assertThat(enqueued).isGreaterThanOrEqualTo(2);
        var annsDigest = awaitOnlyEmailTo(ann);
        assertThat(annsDigest.getSubject()).isEqualTo("Inky's week");
        var text = textOf(annsDigest);
        assertThat(text)
                .contains("Hello Ann,")
                .contains("Inky, a juvenile")
                .contains("Tricks learned this week: 1")
                .contains("Waves received this week: 2")
                .contains("Care given this week: " + careThisWeek + " time")
                .contains("Care streak: 2 days");
        assertThat(htmlOf(annsDigest)).contains("<h1>Inky&#39;s week</h1>");
        assertThat(annsDigest.getHeader("List-Unsubscribe", null)).contains(UnsubscribeController.BASE + "/");
        assertThat(annsDigest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        var bobsDigest = awaitOnlyEmailTo(bob);
        assertThat(bobsDigest.getSubject()).isEqualTo("Blob's week");
        assertThat(textOf(bobsDigest)).contains("Tricks learned this week: 0").contains("Care streak: 0 days");

        // Running the week again enqueues nothing; a job delivered twice mails nothing twice.
        assertThat(EmailDesk.runDigest(context, week)).isZero();
        transactions.executeWithoutResult(
                tx -> events.publishEvent(WeeklyDigestDue.of(ann.id(), week, clock.instant())));
        var dan = Keeper.register(http, "Dan");
        dan.set("weeklyDigest", true);
        dan.hatch("Squid");
        transactions.executeWithoutResult(
                tx -> events.publishEvent(WeeklyDigestDue.of(dan.id(), week, clock.instant())));
        awaitOnlyEmailTo(dan);

        assertThat(smtp.receivedBy(ann.email())).hasSize(1);
        assertThat(smtp.receivedBy(bob.email())).hasSize(1);
        assertThat(smtp.receivedBy(cat.email())).isEmpty();
        assertThat(digestJobsFor(cat.id()))
                .as("no job for a user who did not opt in")
                .isZero();
        assertThat(digestJobsFor(ann.id()))
                .as("the test's copy has the run's job's id: the outbox keeps one event per id")
                .isEqualTo(1);
    }

    @Test
    void aNudgeComesByEmailToOwnersWhoOptedInOnly() throws Exception {
        var ann = Keeper.register(http, "Ann");
        ann.set("emailNudges", true);
        ann.set("weeklyDigest", true);
        var inky = ann.hatch("Inky");
        var cat = Keeper.register(http, "Cat");
        var coral = cat.hatch("Coral");
        skipTo(later(ann.attentionOf(inky), cat.attentionOf(coral)).plus(Duration.ofMinutes(1)));

        nudge(ann, cat);

        var nudge = awaitOnlyEmailTo(ann);
        assertThat(nudge.getSubject()).isEqualTo("Inky is hungry");
        assertThat(textOf(nudge)).contains("Hello Ann,").contains("A shrimp, a clam or a crab would help.");
        assertThat(nudge.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        // Cat has her nudge in the app, and only there.
        assertThat(cat.get("/api/v1/notifications/unread-count")
                        .json()
                        .path("unread")
                        .asLong())
                .isEqualTo(1);
        var catsNotification = UUID.fromString(cat.get("/api/v1/notifications")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString());
        await().atMost(DELIVERY).until(() -> relayed(catsNotification));
        await().atMost(DELIVERY).until(() -> queueIsEmpty(EmailConfiguration.NUDGE_QUEUE));
        assertThat(deliveriesTo(cat.id())).isZero();
        assertThat(smtp.receivedBy(cat.email())).isEmpty();

        // The link of the email itself: one click, no session, and nudges by email stop.
        var link = URI.create(nudge.getHeader("List-Unsubscribe", null).replaceAll("[<>]", ""));
        var clicked = oneClick(link.getPath());
        assertThat(clicked.statusCode()).isEqualTo(200);
        var me = ann.get("/api/v1/me").json();
        assertThat(me.path("emailNudges").asBoolean()).isFalse();
        assertThat(me.path("weeklyDigest").asBoolean()).as("another list").isTrue();
    }

    @Test
    void aNudgeThatFailsWhileSmtpIsDownIsDeliveredOnceItIsBack() throws Exception {
        var ann = Keeper.register(http, "Ann");
        ann.set("emailNudges", true);
        var inky = ann.hatch("Inky");
        skipTo(ann.attentionOf(inky).plus(Duration.ofMinutes(1)));
        smtp.stop();

        nudge(ann);

        var notification = ann.get("/api/v1/notifications")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
        var key = "nudge:" + notification;
        await().atMost(DELIVERY).until(() -> attemptsOf(key) >= 1);
        assertThat(statusOf(key)).isEqualTo("PENDING");

        smtp.start();
        clock.skip(Duration.ofMinutes(2));
        await().atMost(DELIVERY).until(() -> {
            EmailDesk.sendDue(context);
            return "SENT".equals(statusOf(key));
        });

        var nudge = awaitOnlyEmailTo(ann);
        assertThat(nudge.getSubject()).isEqualTo("Inky is hungry");
        EmailDesk.sendDue(context);
        assertThat(smtp.receivedBy(ann.email())).as("sent once").hasSize(1);
    }

    @Test
    void quietHoursHoldAnEmailBackUntilTheyEnd() throws Exception {
        var ann = Keeper.register(http, "Ann");
        ann.hatch("Inky");
        var now = clock.instant();
        var local = now.atZone(ZoneOffset.UTC).toLocalTime();
        var from = local.minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        var to = local.plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        var settings = ann.patch(Map.of(
                "weeklyDigest",
                true,
                "timeZone",
                "UTC",
                "quietHours",
                Map.of("from", from.format(HH_MM), "to", to.format(HH_MM))));
        assertThat(settings.code()).as(settings.body()).isEqualTo(200);
        var quietEnd = nextWallClock(now, to);
        var week = Weeks.weekOf(now).minusWeeks(2);

        EmailDesk.runDigest(context, week);

        var key = WeeklyDigestDue.dedupeKey(ann.id(), week);
        await().atMost(DELIVERY)
                .until(() -> nextAttemptOf(key) != null && !nextAttemptOf(key).isBefore(quietEnd));
        EmailDesk.sendDue(context);
        assertThat(statusOf(key)).isEqualTo("PENDING");
        assertThat(attemptsOf(key)).as("waiting is no failed attempt").isZero();
        assertThat(smtp.receivedBy(ann.email())).isEmpty();

        skipTo(quietEnd.plus(Duration.ofMinutes(1)));
        await().atMost(DELIVERY).until(() -> {
            EmailDesk.sendDue(context);
            return "SENT".equals(statusOf(key));
        });
        var digest = awaitOnlyEmailTo(ann);
        assertThat(digest.getSubject()).isEqualTo("Inky's week");
        assertThat(finishedAt(key)).isAfterOrEqualTo(quietEnd);
    }

    @Test
    void theUnsubscribeLinkLeavesOneListWithoutSigningInAndAGetChangesNothing() throws Exception {
        var ann = Keeper.register(http, "Ann");
        ann.set("emailNudges", true);
        ann.set("weeklyDigest", true);
        var path = EmailDesk.unsubscribePath(context, ann.id(), EmailList.WEEKLY_DIGEST);

        var status = send("GET", path, "application/json", null);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(status.body()).path("list").asString()).isEqualTo("WEEKLY_DIGEST");
        assertThat(JSON.readTree(status.body()).path("subscribed").asBoolean()).isTrue();
        var page = send("GET", path, "text/html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<form method=\"post\" action=\"\">").contains("Stop the weekly digest");
        assertThat(ann.get("/api/v1/me").json().path("weeklyDigest").asBoolean())
                .as("after two GETs")
                .isTrue();

        var unsubscribed = oneClick(path);
        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(unsubscribed.body()).path("subscribed").asBoolean())
                .isFalse();
        var me = ann.get("/api/v1/me").json();
        assertThat(me.path("weeklyDigest").asBoolean()).isFalse();
        assertThat(me.path("emailNudges").asBoolean()).as("the other list").isTrue();
        assertThat(oneClick(path).statusCode()).as("again").isEqualTo(200);
        var donePage = send("POST", path, "text/html", "List-Unsubscribe=One-Click");
        assertThat(donePage.body()).contains("You will not receive the weekly digest any more.");

        var token = path.substring(path.lastIndexOf('/') + 1);
        var forged = UnsubscribeController.BASE + "/" + token.substring(0, token.length() - 3) + "AAA";
        var refused = oneClick(forged);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(refused.body()).path("code").asString()).isEqualTo("UNSUBSCRIBE_LINK_INVALID");
        assertThat(send("GET", UnsubscribeController.BASE + "/nonsense", "application/json", null)
                        .statusCode())
                .isEqualTo(404);
    }

    // --- helpers ------------------------------------------------------------------------------

    /**
     * Runs the attention scheduler until each keeper has a notification. One run is enough unless a
     * consumer happens to hold a key-share lock on a pet's row (a journal entry referencing it): the
     * claim's {@code SKIP LOCKED} then leaves that pet to the next run.
     */
    private void nudge(Keeper... keepers) {
        await().atMost(DELIVERY).until(() -> {
            AttentionRuns.runNow(context);
            return Arrays.stream(keepers)
                    .allMatch(keeper -> keeper.get("/api/v1/notifications")
                                    .json()
                                    .path("total")
                                    .asLong()
                            > 0);
        });
    }

    /** What a mail client does with RFC 8058's headers: a POST with no cookie and no CSRF token. */
    private HttpResponse<String> oneClick(String path) throws Exception {
        return send("POST", path, "application/json", "List-Unsubscribe=One-Click");
    }

    private HttpResponse<String> send(String method, String path, String accept, String form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .method(
                        method,
                        form == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private MimeMessage awaitOnlyEmailTo(Keeper keeper) {
        return await()
                .atMost(DELIVERY)
                .until(() -> smtp.receivedBy(keeper.email()), received -> !received.isEmpty())
                .stream()
                .reduce((first, second) -> {
                    throw new AssertionError("more than one email to " + keeper.email());
                })
                .orElseThrow();
    }

    private void publishWave(UUID eventId, UUID petId, Instant at) {
        var properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(eventId.toString());
        properties.setType("PetWaved");
        var body = JSON.writeValueAsBytes(Map.of(
                "eventId", eventId.toString(),
                "petId", petId.toString(),
                "ownerId", UUID.randomUUID().toString(),
                "petName", "Inky",
                "visitorId", UUID.randomUUID().toString(),
                "visitorName", "Bob",
                "occurredAt", at.toString()));
        rabbit.send(Exchanges.EVENTS, "reef.pet-waved", new Message(body, properties));
    }

    private List<Integer> tally(UUID petId, LocalDate week) {
        return jdbc.sql("""
                        SELECT tricks_learned, waves_received, care_actions FROM pet_week_tallies
                         WHERE pet_id = :pet AND week_start = :week
                        """)
                .param("pet", petId)
                .param("week", Date.valueOf(week))
                .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .optional()
                .orElse(List.of());
    }

    private long digestJobsFor(UUID userId) {
        return jdbc.sql("""
                        SELECT count(*) FROM outbox
                         WHERE event_type LIKE '%WeeklyDigestDue' AND payload LIKE :user
                        """).param("user", "%" + userId + "%").query(Long.class).single();
    }

    private boolean relayed(UUID notificationId) {
        return jdbc.sql("""
                        SELECT count(*) FROM outbox
                         WHERE event_type LIKE '%NotificationPosted' AND payload LIKE :id
                           AND completed_at IS NOT NULL
                        """)
                        .param("id", "%" + notificationId + "%")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean queueIsEmpty(String queue) {
        var properties = context.getBean(AmqpAdmin.class).getQueueProperties(queue);
        return properties != null && ((Number) properties.get(RabbitAdmin.QUEUE_MESSAGE_COUNT)).intValue() == 0;
    }

    private long deliveriesTo(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM email_deliveries WHERE user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    private int attemptsOf(String key) {
        return jdbc.sql("SELECT attempts FROM email_deliveries WHERE dedupe_key = :key")
                .param("key", key)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private String statusOf(String key) {
        return jdbc.sql("SELECT status FROM email_deliveries WHERE dedupe_key = :key")
                .param("key", key)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private Instant nextAttemptOf(String key) {
        return jdbc.sql("SELECT next_attempt_at FROM email_deliveries WHERE dedupe_key = :key")
                .param("key", key)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional()
                .orElse(null);
    }

    private Instant finishedAt(String key) {
        return jdbc.sql("SELECT finished_at FROM email_deliveries WHERE dedupe_key = :key")
                .param("key", key)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .single();
    }

    /** Moves the clock to {@code instant}, unless another test has already moved it further. */
    private void skipTo(Instant instant) {
        var gap = Duration.between(clock.instant(), instant);
        if (gap.isPositive()) {
            clock.skip(gap);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant nextWallClock(Instant after, LocalTime time) {
        var local = after.atZone(ZoneOffset.UTC);
        var candidate = local.with(time);
        return (candidate.isAfter(local) ? candidate : candidate.plusDays(1)).toInstant();
    }

    private static String textOf(Part part) throws Exception {
        return partOf(part, "text/plain");
    }

    private static String htmlOf(Part part) throws Exception {
        return partOf(part, "text/html");
    }

    private static String partOf(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String content = partOf(child, type);
                if (content != null) {
                    found.add(content);
                }
            }
            return found.isEmpty() ? null : found.getFirst();
        }
        return null;
    }

    /** A signed-in user of the test, with their address. */
    record Keeper(Browser browser, UUID id, String email) {

        static Keeper register(TestRestTemplate http, String name) {
            var browser = new Browser(http);
            var email = Browser.uniqueEmail();
            assertThat(browser.register(email, "tentacles under the pier").code())
                    .isEqualTo(201);
            assertThat(browser.patch("/api/v1/me", Map.of("displayName", name)).code())
                    .isEqualTo(200);
            var id = UUID.fromString(browser.get("/api/v1/me").json().path("id").asString());
            return new Keeper(browser, id, email);
        }

        void set(String setting, boolean value) {
            var answer = browser.patch("/api/v1/me", Map.of(setting, value));
            assertThat(answer.code()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path(setting).asBoolean()).isEqualTo(value);
        }

        Browser.Response patch(Map<String, Object> settings) {
            return browser.patch("/api/v1/me", settings);
        }

        UUID hatch(String name) {
            var egg = browser.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
            assertThat(egg.code()).as(egg.body()).isEqualTo(201);
            return UUID.fromString(egg.json().path("id").asString());
        }

        Browser.Response act(UUID pet, String type) {
            return browser.post("/api/v1/pets/" + pet + "/actions", Map.of("type", type));
        }

        Browser.Response get(String path) {
            return browser.get(path);
        }

        Instant attentionOf(UUID pet) {
            JsonNode view = browser.get("/api/v1/pets/" + pet).json();
            return Instant.parse(view.path("nextAttentionAt").asString());
        }
    }
}
