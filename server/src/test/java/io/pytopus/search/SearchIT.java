package io.pytopus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reef and journal search against a real OpenSearch node (the embedded one), fed by the real
 * outbox, broker and search worker: fuzzy names, facets, autocomplete, privacy, and a reindex with
 * an alias swap while searches keep answering (ADR 0020).
 *
 * <p>Other tests' pets share the index, so every test searches for words only its own pets carry.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class SearchIT {

    private static final Duration INDEXED = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchReindex reindex;

    @Autowired
    MeterRegistry meters;

    @Value("${pytopus.opensearch.url}")
    String openSearch;

    Browser owner;
    Browser visitor;

    @BeforeEach
    void signUp() {
        owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
        visitor = new Browser(http);
        assertThat(visitor.register().code()).isEqualTo(201);
    }

    @Test
    void aMisspelledNameIsFoundWithItsMatchHighlighted() {
        String name = word(9);
        String id = publicPet(owner, name, "COMMON", "Quiet and curious");
        String misspelled = name.substring(0, 4) + name.substring(5);

        var found = awaitFound(misspelled, id);

        var item = item(found, id);
        assertThat(item.path("name").asString()).isEqualTo(name);
        assertThat(item.path("ownerName").asString()).isEqualTo("Inky's keeper");
        assertThat(item.path("bio").asString()).isEqualTo("Quiet and curious");
        assertThat(item.path("species").asString()).isEqualTo("COMMON");
        assertThat(item.path("stage").asString()).isEqualTo("EGG");
        assertThat(item.path("color").asString()).isEqualTo("#c8553d");
        assertThat(item.path("hatchedAt").asString()).isNotBlank();
        assertThat(item.path("highlights").path("name").asString()).isEqualTo("<em>" + name + "</em>");
        assertThat(meters.find("pytopus.search.requests")
                        .tag("operation", "reef_search")
                        .tag("outcome", "success")
                        .timer())
                .isNotNull()
                .satisfies(timer -> assertThat(timer.count()).isPositive());
    }

    @Test
    void aBioMatchIsHighlightedAndEscaped() {
        String word = word(8).toLowerCase();
        String id = publicPet(owner, word(7), "MIMIC", "Juggles <shells> & " + word + " all day");

        var found = awaitFound(word, id);

        assertThat(item(found, id).path("highlights").path("bio").asString())
                .isEqualTo("Juggles &lt;shells&gt; &amp; <em>" + word + "</em> all day");
    }

    @Test
    void facetsCountEachValueUnderTheOtherFilters() {
        String token = word(10).toLowerCase();
        String common1 = publicPet(owner, word(6), "COMMON", "likes " + token);
        String common2 = publicPet(owner, word(6), "COMMON", "likes " + token);
        String dumbo = publicPet(owner, word(6), "DUMBO", "likes " + token);
        await().atMost(INDEXED)
                .until(
                        () -> trySearch("q=" + token),
                        page -> page != null && page.path("total").asLong() == 3);

        var all = search("q=" + token);
        var dumbos = search("q=" + token + "&species=DUMBO");
        var hatchlings = search("q=" + token + "&stage=HATCHLING");

        assertThat(ids(all)).containsExactlyInAnyOrder(common1, common2, dumbo);
        assertThat(all.path("facets").path("species").path("COMMON").asLong()).isEqualTo(2);
        assertThat(all.path("facets").path("species").path("DUMBO").asLong()).isEqualTo(1);
        assertThat(all.path("facets").path("species").path("GIANT_PACIFIC").asLong())
                .isZero();
        assertThat(all.path("facets").path("stage").path("EGG").asLong()).isEqualTo(3);
        assertThat(all.path("facets").path("personality").has("PLAYFUL")).isTrue();
        assertThat(dumbos.path("total").asLong()).isEqualTo(1);
        assertThat(ids(dumbos)).containsExactly(dumbo);
        // The species facet ignores its own filter: it tells what choosing another species gives.
        assertThat(dumbos.path("facets").path("species").path("COMMON").asLong())
                .isEqualTo(2);
        assertThat(dumbos.path("facets").path("stage").path("EGG").asLong()).isEqualTo(1);
        assertThat(hatchlings.path("total").asLong()).isZero();
        assertThat(hatchlings.path("facets").path("stage").path("EGG").asLong()).isEqualTo(3);
    }

    @Test
    void resultsSortByWavesAndPage() {
        String token = word(10).toLowerCase();
        String quiet = publicPet(owner, word(6), "COMMON", token);
        String popular = publicPet(owner, word(6), "COMMON", token);
        for (int i = 0; i < 2; i++) {
            var fan = new Browser(http);
            fan.register();
            assertThat(fan.post("/api/v1/reef/pets/" + popular + "/wave", null).code())
                    .isEqualTo(200);
        }
        await().atMost(INDEXED)
                .until(
                        () -> trySearch("q=" + token + "&sort=waves"),
                        page -> page != null
                                && ids(page).equals(List.of(popular, quiet))
                                && item(page, popular).path("waves").asLong() == 2);

        var first = search("q=" + token + "&sort=waves&page=0&size=1");
        var second = search("q=" + token + "&sort=waves&page=1&size=1");

        assertThat(ids(first)).containsExactly(popular);
        assertThat(item(first, popular).path("waves").asLong()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(quiet);
        assertThat(second.path("total").asLong()).isEqualTo(2);
        assertThat(ids(search("q=" + token + "&sort=age"))).containsExactly(quiet, popular);
        assertThat(owner.get("/api/v1/reef/search?sort=sideways").problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(owner.get("/api/v1/reef/search?page=400&size=50").code()).isEqualTo(400);
    }

    @Test
    void namesAreSuggestedFromTheirFirstLetters() {
        String word = word(9);
        String id = publicPet(owner, "Sir " + word, "GIANT_PACIFIC", null);

        var suggestions = await().atMost(INDEXED)
                .until(
                        () -> visitor.get("/api/v1/reef/suggest?prefix="
                                + enc(word.substring(0, 4).toLowerCase())),
                        answer -> answer.code() == 200
                                && answer.json().findValuesAsString("id").contains(id))
                .json();

        var suggestion = suggestions.path("suggestions").get(0);
        assertThat(suggestion.path("id").asString()).isEqualTo(id);
        assertThat(suggestion.path("name").asString()).isEqualTo("Sir " + word);
        assertThat(suggestion.path("species").asString()).isEqualTo("GIANT_PACIFIC");
        assertThat(suggestion.path("stage").asString()).isEqualTo("EGG");
        assertThat(owner.get("/api/v1/reef/suggest").problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(owner.get("/api/v1/reef/suggest?prefix=" + "x".repeat(25)).code())
                .isEqualTo(400);
    }

    @Test
    void privateAndReleasedPetsNeverAppear() {
        String secret = word(9);
        egg(owner, secret, "COMMON");
        String hiding = word(9);
        String hidden = publicPet(owner, hiding, "COMMON", null);
        String leaving = word(9);
        String released = publicPet(owner, leaving, "COMMON", null);
        String marker = word(9);
        String markerId = publicPet(owner, marker, "COMMON", null);
        awaitFound(hiding, hidden);
        awaitFound(leaving, released);

        assertThat(owner.patch("/api/v1/pets/" + hidden, Map.of("public", false))
                        .code())
                .isEqualTo(200);
        assertThat(owner.post("/api/v1/pets/" + released + "/release", null).code())
                .isEqualTo(200);
        // Events are indexed in order, so once a later one shows, the earlier ones were applied.
        awaitFound(marker, markerId);

        await().atMost(INDEXED).until(() -> hides(hiding, hidden) && hides(leaving, released));
        assertThat(search("q=" + secret).path("items")).isEmpty();
        assertThat(suggest(secret.substring(0, 5)).findValuesAsString("name")).doesNotContain(secret);
        assertThat(suggest(hiding.substring(0, 5)).findValuesAsString("id")).doesNotContain(hidden);
        assertThat(suggest(leaving.substring(0, 5)).findValuesAsString("id")).doesNotContain(released);
    }

    @Test
    void aPetHiddenBehindTheIndexsBackIsStillNeverShown() {
        String name = word(9);
        String id = publicPet(owner, name, "COMMON", null);
        awaitFound(name, id);

        // As if the index lagged a change: PostgreSQL says private, no event has reached the index.
        jdbc.sql("UPDATE pets SET is_public = false WHERE id = :id")
                .param("id", UUID.fromString(id))
                .update();

        assertThat(ids(search("q=" + name))).doesNotContain(id);
        assertThat(suggest(name.substring(0, 5)).findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void theJournalIsSearchedByItsOwnerOnly() {
        String name = word(9);
        String id = egg(owner, name, "COMMON");
        String strangersPet = egg(visitor, name.substring(0, 8), "COMMON");

        var found = await().atMost(INDEXED)
                .until(
                        () -> owner.get("/api/v1/pets/" + id + "/journal?q=" + enc("fresh tonk")),
                        answer -> answer.code() == 200
                                && answer.json().path("totalEntries").asLong() == 1)
                .json();

        var entry = found.path("entries").get(0);
        assertThat(entry.path("text").asString()).isEqualTo(name + "'s egg was laid in a fresh tank.");
        assertThat(entry.path("highlight").asString())
                .isEqualTo(name + "&#x27;s egg was laid in a <em>fresh</em> <em>tank</em>.");
        assertThat(entry.path("type").asString()).isEqualTo("PetHatched");
        var strangers = visitor.get("/api/v1/pets/" + strangersPet + "/journal?q=" + enc(name));
        assertThat(strangers.code()).isEqualTo(200);
        assertThat(strangers.json().path("entries").findValuesAsString("text"))
                .noneMatch(text -> text.startsWith(name + "'s"));
        var trespass = visitor.get("/api/v1/pets/" + id + "/journal?q=" + enc(name));
        assertThat(trespass.code()).isEqualTo(404);
        assertThat(trespass.problemCode()).isEqualTo("NOT_FOUND");
        assertThat(owner.get("/api/v1/pets/" + id + "/journal?q=" + enc("x".repeat(101)))
                        .code())
                .isEqualTo(400);
    }

    @Test
    void aReindexSwapsTheAliasWhileSearchesKeepAnswering() throws Exception {
        String name = word(9);
        String id = publicPet(owner, name, "COMMON", null);
        awaitFound(name, id);
        String before = aliasTarget("pets");

        var answers = new ConcurrentLinkedQueue<String>();
        var done = new AtomicBoolean();
        var searchers = new ArrayList<Future<?>>();
        SearchReindex.Result result;
        try (var pool = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 3; i++) {
                var searcher = new Browser(http);
                searchers.add(pool.submit(() -> {
                    while (!done.get()) {
                        var answer = searcher.get("/api/v1/reef/search?q=" + name);
                        answers.add(answer.code()
                                + (answer.code() == 200 && ids(answer.json()).contains(id)
                                        ? " found"
                                        : " missing: " + answer.body()));
                    }
                }));
            }
            try {
                result = reindex.reindex(SearchIndex.PETS);
            } finally {
                done.set(true);
            }
            for (var searcher : searchers) {
                searcher.get();
            }
        }

        assertThat(answers).isNotEmpty().allMatch("200 found"::equals);
        assertThat(result.previous()).isEqualTo(before);
        assertThat(result.index()).isNotEqualTo(before).startsWith("pets-v");
        assertThat(result.documents()).isPositive();
        assertThat(aliasTarget("pets")).isEqualTo(result.index());
        assertThat(engine("GET", "/" + before).statusCode()).isEqualTo(404);
        assertThat(ids(search("q=" + name))).contains(id);

        var journal = reindex.reindex(SearchIndex.JOURNAL);
        assertThat(aliasTarget("journal")).isEqualTo(journal.index());
        assertThat(owner.get("/api/v1/pets/" + id + "/journal?q=" + enc("fresh tank"))
                        .json()
                        .path("totalEntries")
                        .asLong())
                .isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String publicPet(Browser browser, String name, String species, String bio) {
        String id = egg(browser, name, species);
        var patch = new HashMap<String, Object>(Map.of("public", true));
        if (bio != null) {
            patch.put("bio", bio);
        }
        assertThat(browser.patch("/api/v1/pets/" + id, patch).code()).isEqualTo(200);
        return id;
    }

    private static String egg(Browser browser, String name, String species) {
        var egg = browser.post("/api/v1/pets", Map.of("name", name, "species", species, "color", "#c8553d"));
        assertThat(egg.code()).as(egg.body()).isEqualTo(201);
        return egg.json().path("id").asString();
    }

    /**
     * Searches until the pet is found. A fresh embedded node on a busy machine may time out a first
     * search or two while it creates the indices, so a 503 here means "not yet", not a failure.
     */
    private JsonNode awaitFound(String query, String id) {
        return await().atMost(INDEXED)
                .until(
                        () -> trySearch("q=" + enc(query)),
                        page -> page != null && ids(page).contains(id));
    }

    /** Whether a search for the words answers, and without the pet. */
    private boolean hides(String words, String id) {
        var page = trySearch("q=" + enc(words));
        return page != null && !ids(page).contains(id);
    }

    private JsonNode trySearch(String query) {
        var answer = visitor.get("/api/v1/reef/search?" + query);
        return answer.code() == 200 ? answer.json() : null;
    }

    private JsonNode search(String query) {
        var answer = visitor.get("/api/v1/reef/search?" + query);
        assertThat(answer.code()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode suggest(String prefix) {
        var answer = visitor.get("/api/v1/reef/suggest?prefix=" + enc(prefix));
        assertThat(answer.code()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static List<String> ids(JsonNode page) {
        var ids = new ArrayList<String>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    static JsonNode item(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + page);
    }

    private String aliasTarget(String alias) throws Exception {
        var answer = engine("GET", "/_cat/aliases/" + alias + "?format=json");
        var rows = JSON.readTree(answer.body());
        assertThat(rows.size()).as(answer.body()).isEqualTo(1);
        return rows.get(0).path("index").asString();
    }

    private HttpResponse<String> engine(String method, String path) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(openSearch + path))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A made-up word no other test uses: capitalised, letters only. */
    public static String word(int length) {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
