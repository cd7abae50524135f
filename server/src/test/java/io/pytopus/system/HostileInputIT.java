package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.account.EmailList;
import io.pytopus.notification.email.EmailDesk;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated hostile requests to the account, pet, journal, reef, search, notification, unsubscribe and live-stream routes (random methods, bodies, content types and
 * headers, signed in or not, with or without a CSRF token) never get a 5xx, and every error body is
 * a problem document with a code (DESIGN §5: "malformed and hostile requests → 4xx, never 5xx").
 *
 * <p>A jqwik property, so a failure is shrunk to a minimal request; Spring's {@link
 * TestContextManager} injects the same application context the other integration tests share.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class HostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Every account, pet and notification route with its own method; the generator mostly keeps them together. */
    private static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/auth/register"),
            new Route("POST", "/api/v1/auth/login"),
            new Route("POST", "/api/v1/auth/logout"),
            new Route("GET", "/api/v1/auth/csrf"),
            new Route("GET", "/api/v1/ping"),
            new Route("GET", "/api/v1/me"),
            new Route("PATCH", "/api/v1/me"),
            new Route("DELETE", "/api/v1/me"),
            new Route("GET", "/api/v1/me/export"),
            new Route("GET", "/api/v1/me/achievements"),
            new Route("GET", "/api/v1/pets"),
            new Route("POST", "/api/v1/pets"),
            new Route("GET", "/api/v1/pets/{id}"),
            new Route("PATCH", "/api/v1/pets/{id}"),
            new Route("POST", "/api/v1/pets/{id}/actions"),
            new Route("GET", "/api/v1/pets/{id}/history"),
            new Route("POST", "/api/v1/pets/{id}/vacation"),
            new Route("DELETE", "/api/v1/pets/{id}/vacation"),
            new Route("POST", "/api/v1/pets/{id}/release"),
            new Route("GET", "/api/v1/pets/{id}/journal"),
            new Route("GET", "/api/v1/pets/{id}/journal?q=egg"),
            new Route("GET", "/api/v1/reef/search"),
            new Route("GET", "/api/v1/reef/search?q=inky&species=DUMBO&stage=EGG&sort=waves&page=1&size=5"),
            new Route("GET", "/api/v1/reef/suggest?prefix=in"),
            new Route("GET", "/api/v1/reef/pets/{id}"),
            new Route("POST", "/api/v1/reef/pets/{id}/wave"),
            new Route("POST", "/api/v1/reef/pets/{id}/snack"),
            new Route("GET", "/api/v1/leaderboards/{board}"),
            new Route("GET", "/api/v1/notifications"),
            new Route("GET", "/api/v1/notifications/unread-count"),
            new Route("POST", "/api/v1/notifications/{id}/read"),
            new Route("GET", "/api/v1/unsubscribe/{token}"),
            new Route("POST", "/api/v1/unsubscribe/{token}"),
            new Route("GET", "/api/v1/stream"));

    private static final List<String> FIELDS = List.of(
            "email",
            "displayName",
            "password",
            "timeZone",
            "quietHours",
            "emailNudges",
            "weeklyDigest",
            "from",
            "to",
            "id",
            "name",
            "species",
            "color",
            "public",
            "bio",
            "type",
            "item");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationContext context;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Every status seen, printed after the run so a reader sees what the inputs reached. */
    private static final Map<Integer, Integer> STATUSES = new ConcurrentSkipListMap<>();

    @BeforeProperty
    void injectTheApplication() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @AfterProperty
    void reportStatuses() {
        System.out.println("HostileInputIT statuses: " + STATUSES);
    }

    @Property(tries = 300)
    void hostileRequestsNeverGetA5xx(@ForAll("requests") HostileRequest hostile) throws Exception {
        var browser = new Browser(http);
        if (hostile.signedIn()) {
            browser.register();
        } else {
            browser.fetchCsrfCookie();
        }
        var path = hostile.path().replace("{id}", petId(browser, hostile)).replace("{board}", "most-tricks");
        if (path.contains("{token}")) {
            path = path.replace("{token}", unsubscribeToken(browser, hostile));
        }
        var request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        hostile.method(),
                        hostile.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(hostile.body(), StandardCharsets.UTF_8));
        request.header("X-Forwarded-For", browser.address());
        var cookies = "XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN");
        if (browser.cookie("SESSION") != null) {
            cookies += "; SESSION=" + browser.cookie("SESSION");
        }
        request.header("Cookie", cookies);
        if (hostile.withCsrf()) {
            request.header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        }
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        hostile.headers().forEach(request::setHeader);

        var response = send(request.build());

        STATUSES.merge(response.statusCode(), 1, Integer::sum);
        Statistics.label("status").collect(response.statusCode());
        // The inputs must reach the handlers and their validation, not only bounce off CSRF.
        Statistics.label("status").coverage(coverage -> {
            coverage.check(200).percentage(percent -> percent >= 3);
            coverage.check(400).percentage(percent -> percent >= 10);
            coverage.check(403).percentage(percent -> percent <= 50);
        });
        assertThat(response.statusCode())
                .as("%s → %s", hostile, response.body())
                .isLessThan(500);
        if (response.statusCode() >= 400 && !response.body().isEmpty()) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .as("%s → %s", hostile, response.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).path("code").asString())
                    .as("%s → %s", hostile, response.body())
                    .isNotBlank();
        }
    }

    /**
     * Sends the request and reads its body, except that of a live event stream, which never ends:
     * that one is only checked to be a stream, then closed.
     */
    private Answer send(HttpRequest request) throws Exception {
        var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (var in = response.body()) {
            boolean stream = response.headers()
                    .firstValue("Content-Type")
                    .filter(type -> type.startsWith("text/event-stream"))
                    .isPresent();
            return new Answer(
                    response.statusCode(),
                    response.headers(),
                    stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private record Answer(int statusCode, HttpHeaders headers, String body) {}

    /** The pet a request names: the caller's own (hatched now), someone's unknown id, or garbage. */
    private static String petId(Browser browser, HostileRequest hostile) {
        return switch (hostile.petId()) {
            case "own" ->
                hostile.signedIn()
                        ? browser.post(
                                        "/api/v1/pets",
                                        Map.of("name", "Target", "species", "COMMON", "color", "#c8553d"))
                                .json()
                                .path("id")
                                .asString()
                        : UUID.randomUUID().toString();
            case "unknown" -> UUID.randomUUID().toString();
            default -> URLEncoder.encode(hostile.petId(), StandardCharsets.UTF_8);
        };
    }

    /**
     * The unsubscribe token a request names, by the same choice as its pet: a valid one (of the
     * signed-in user, or of nobody), one whose signature is broken, or garbage.
     */
    private String unsubscribeToken(Browser browser, HostileRequest hostile) {
        return switch (hostile.petId()) {
            case "own" -> {
                var user = hostile.signedIn()
                        ? UUID.fromString(
                                browser.get("/api/v1/me").json().path("id").asString())
                        : UUID.randomUUID();
                yield EmailDesk.unsubscribePath(context, user, EmailList.NUDGES)
                        .substring("/api/v1/unsubscribe/".length());
            }
            case "unknown" -> {
                var valid = EmailDesk.unsubscribePath(context, UUID.randomUUID(), EmailList.WEEKLY_DIGEST);
                yield valid.substring("/api/v1/unsubscribe/".length(), valid.length() - 4) + "AAAA";
            }
            default -> URLEncoder.encode(hostile.petId(), StandardCharsets.UTF_8);
        };
    }

    @Provide
    Arbitrary<HostileRequest> requests() {
        var anyMethod = Arbitraries.of("GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS", "HEAD");
        var endpoints = Arbitraries.of(ROUTES)
                .flatMap(route -> Combinators.combine(
                                Arbitraries.frequencyOf(
                                        Tuple.of(85, Arbitraries.just(route.method())), Tuple.of(15, anyMethod)),
                                Arbitraries.frequencyOf(
                                        Tuple.of(90, Arbitraries.just(route.path())),
                                        Tuple.of(5, Arbitraries.just(route.path() + "/")),
                                        Tuple.of(
                                                5,
                                                printable(20)
                                                        .map(query -> route.path() + "?q="
                                                                + URLEncoder.encode(query, StandardCharsets.UTF_8)))))
                        .as(Route::new));
        var otherContentTypes = Arbitraries.of(
                        "application/json",
                        "application/json; charset=UTF-16",
                        "application/merge-patch+json",
                        "application/problem+json",
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x",
                        "application/octet-stream",
                        "garbage",
                        "application/json; charset=nonsense")
                .injectNull(0.2);
        var contentTypes = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.just("application/json")), Tuple.of(3, otherContentTypes));
        var headers = Arbitraries.maps(
                        Arbitraries.of(
                                "X-Forwarded-For",
                                "X-Forwarded-Proto",
                                "X-Forwarded-Port",
                                "X-Forwarded-Host",
                                "Accept",
                                "Accept-Language",
                                "Accept-Charset",
                                "Accept-Encoding",
                                "Content-Encoding",
                                "Origin",
                                "Referer",
                                "Range",
                                "If-None-Match",
                                "If-Modified-Since",
                                "X-XSRF-TOKEN",
                                "Cookie",
                                "Authorization",
                                "X-HTTP-Method-Override",
                                "Last-Event-ID"),
                        printable(60))
                .ofMaxSize(4);
        var signedIn = Arbitraries.frequency(Tuple.of(6, true), Tuple.of(4, false));
        var withCsrf = Arbitraries.frequency(Tuple.of(85, true), Tuple.of(15, false));
        var petIds = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("own")),
                Tuple.of(2, Arbitraries.just("unknown")),
                Tuple.of(2, Arbitraries.oneOf(Arbitraries.of("not-a-uuid", "..", "0", "%00"), printable(40))));
        return Combinators.combine(endpoints, bodies(), contentTypes, headers, signedIn, withCsrf, petIds)
                .as((endpoint, body, contentType, extraHeaders, session, csrf, pet) -> new HostileRequest(
                        endpoint.method(), endpoint.path(), body, contentType, extraHeaders, session, csrf, pet));
    }

    private static Arbitrary<@Nullable String> bodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, jsonObjects().map(HostileInputIT::json)),
                Tuple.of(
                        3,
                        jsonObjects()
                                .map(HostileInputIT::json)
                                .flatMap(text -> Arbitraries.integers()
                                        .between(0, Math.max(0, text.length() - 1))
                                        .map(cut -> text.substring(0, cut)))),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(2, jsonValues(2).map(HostileInputIT::json)),
                Tuple.of(1, Arbitraries.just("{\"displayName\":\"" + "x".repeat(70 * 1024) + "\"}")),
                Tuple.of(2, Arbitraries.just((String) null)));
    }

    private static Arbitrary<Map<String, Object>> jsonObjects() {
        return Arbitraries.maps(
                        Arbitraries.frequencyOf(
                                Tuple.of(5, Arbitraries.of(FIELDS)),
                                Tuple.of(1, Arbitraries.strings().ofMaxLength(10))),
                        jsonValues(2).injectNull(0.1))
                .ofMaxSize(6);
    }

    private static Arbitrary<Object> jsonValues(int depth) {
        var scalars = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of(
                        "22:00",
                        "07:30",
                        "25:99",
                        "Europe/Paris",
                        "Mars/Base",
                        "+02:00",
                        "ink@example.com",
                        "tentacles under the pier",
                        "1234567890",
                        "",
                        " ",
                        "null",
                        "true",
                        "\u0000",
                        "FEED",
                        "SHRIMP",
                        "PLAY",
                        "BALL",
                        "TRAIN",
                        "SPIN",
                        "RELEASE",
                        "COMMON",
                        "MIMIC",
                        "#c8553d",
                        "Inky"),
                Arbitraries.integers(),
                Arbitraries.longs(),
                Arbitraries.doubles(),
                Arbitraries.of(true, false));
        if (depth == 0) {
            return scalars.map(value -> (Object) value);
        }
        var nested = jsonValues(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalars.map(value -> (Object) value)),
                Tuple.of(
                        2,
                        Arbitraries.maps(Arbitraries.of(FIELDS), nested)
                                .ofMaxSize(3)
                                .map(map -> (Object) map)),
                Tuple.of(1, nested.list().ofMaxSize(3).map(list -> (Object) list)));
    }

    private static Arbitrary<String> printable(int maxLength) {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(maxLength);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    record Route(String method, String path) {}

    record HostileRequest(
            String method,
            String path,
            @Nullable String body,
            @Nullable String contentType,
            Map<String, String> headers,
            boolean signedIn,
            boolean withCsrf,
            String petId) {

        @Override
        public String toString() {
            var shownBody = body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
            return method + " " + path + " signedIn=" + signedIn + " csrf=" + withCsrf + " type=" + contentType
                    + " pet=" + petId + " headers=" + headers + " body=" + shownBody;
        }
    }
}
