package io.pytopus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.devservices.DevServices;
import io.pytopus.devservices.DevServicesSettings;
import io.pytopus.devservices.Engine;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.SmartLifecycle;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * OpenSearch goes down and comes back (ADR 0021). This context has an OpenSearch node of its own,
 * which the test stops and starts again on the same port and data, and a search queue of its own, so
 * no other context's worker indexes its events meanwhile.
 *
 * <p>While the node is down, search, suggest and journal search answer 503 with {@code Retry-After}
 * and everything else works; the index updates of that time wait in the queue (none is
 * dead-lettered), and once the node is back the index catches up.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
@DirtiesContext
@TestPropertySource(
        properties = {"pytopus.search.queue=" + SearchOutageIT.QUEUE, "pytopus.search.indexing.probe-every=500ms"})
class SearchOutageIT {

    static final String QUEUE = "pytopus.search.outage-it";
    private static final Duration INDEXED = Duration.ofSeconds(40);

    private static final Path DATA = temporaryFolder();
    private static final int PORT = freePort();
    private static final List<DevServices> nodes = new ArrayList<>();

    @Autowired
    TestRestTemplate http;

    @LocalManagementPort
    int managementPort;

    @Autowired
    AmqpAdmin amqp;

    @Value("${pytopus.opensearch.url}")
    String openSearchUrl;

    @Autowired
    @Qualifier("indexingGate")
    SmartLifecycle indexingGate;

    @DynamicPropertySource
    static void ownOpenSearchNode(DynamicPropertyRegistry registry) {
        startNode();
        registry.add("pytopus.opensearch.url", SearchOutageIT::nodeUrl);
    }

    @AfterAll
    static void stopNode() {
        nodes.forEach(DevServices::stop);
    }

    /**
     * This context's queue would otherwise collect every later event of the run (and of later runs,
     * on a shared RabbitMQ): close its gate for good, so its consumer stays stopped, then delete it.
     */
    @AfterEach
    void deleteOwnQueue() {
        indexingGate.stop();
        amqp.deleteQueue(QUEUE);
        amqp.deleteQueue(QUEUE + ".dead");
    }

    @Test
    void searchAnswers503WhileOpenSearchIsDownAndTheIndexCatchesUpAfter() {
        assertThat(openSearchUrl).isEqualTo(nodeUrl());
        var owner = new Browser(http);
        owner.register();
        var visitor = new Browser(http);
        visitor.register();
        String before = SearchIT.word(9);
        String waved = publicPet(owner, before);
        awaitFound(visitor, before, waved);

        nodes.getLast().stop();

        var search = visitor.get("/api/v1/reef/search?q=" + before);
        assertThat(search.code()).isEqualTo(503);
        assertThat(search.problemCode()).isEqualTo("SEARCH_UNAVAILABLE");
        assertThat(search.headers().getFirst("Retry-After")).isEqualTo("10");
        assertThat(search.headers().getContentType()).hasToString("application/problem+json");
        assertThat(visitor.get("/api/v1/reef/suggest?prefix=ab").code()).isEqualTo(503);
        assertThat(owner.get("/api/v1/pets/" + waved + "/journal?q=egg").code()).isEqualTo(503);
        // Everything else keeps working, and makes index updates meanwhile.
        assertThat(owner.get("/api/v1/pets/" + waved).code()).isEqualTo(200);
        assertThat(owner.get("/api/v1/pets/" + waved + "/journal").code()).isEqualTo(200);
        assertThat(visitor.get("/api/v1/reef/pets/" + waved).code()).isEqualTo(200);
        assertThat(visitor.post("/api/v1/reef/pets/" + waved + "/wave", null).code())
                .isEqualTo(200);
        String during = SearchIT.word(9);
        String added = publicPet(owner, during, "Born while search slept");
        assertThat(owner.get("http://127.0.0.1:" + managementPort + "/actuator/health")
                        .json()
                        .path("components")
                        .path("opensearch")
                        .path("status")
                        .asString())
                .isEqualTo("DOWN");

        // Far longer than the retries of a worker queue: the updates wait, none is given up on.
        await().during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(30))
                .until(() -> depth(QUEUE) > 0 && depth(QUEUE + ".dead") == 0);

        startNode();

        var found = awaitFound(visitor, during, added);
        assertThat(SearchIT.ids(found)).contains(added);
        await().atMost(INDEXED)
                .until(
                        () -> SearchIT.item(search(visitor, before), waved)
                                .path("waves")
                                .asLong(),
                        waves -> waves == 1);
        await().atMost(INDEXED).until(() -> depth(QUEUE) == 0);
        assertThat(depth(QUEUE + ".dead")).isZero();
    }

    private static String publicPet(Browser owner, String name) {
        return publicPet(owner, name, null);
    }

    private static String publicPet(Browser owner, String name, String bio) {
        var egg = owner.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        String id = egg.json().path("id").asString();
        var patch = bio == null ? Map.of("public", true) : Map.of("public", true, "bio", bio);
        assertThat(owner.patch("/api/v1/pets/" + id, patch).code()).isEqualTo(200);
        return id;
    }

    private static JsonNode awaitFound(Browser visitor, String query, String id) {
        return await().atMost(INDEXED)
                .until(
                        () -> search(visitor, query),
                        page -> page != null && SearchIT.ids(page).contains(id));
    }

    private static JsonNode search(Browser visitor, String query) {
        var answer = visitor.get("/api/v1/reef/search?q=" + query);
        return answer.code() == 200 ? answer.json() : null;
    }

    private long depth(String queue) {
        var info = amqp.getQueueInfo(queue);
        return info == null ? -1 : info.getMessageCount();
    }

    private static synchronized void startNode() {
        var settings = DevServicesSettings.ephemeral().withDataDir(DATA).withPort(Engine.OPENSEARCH, PORT);
        nodes.add(DevServices.create(settings, EnumSet.of(Engine.OPENSEARCH)).start());
    }

    private static String nodeUrl() {
        return "http://127.0.0.1:" + PORT;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("pytopus-search-outage-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
