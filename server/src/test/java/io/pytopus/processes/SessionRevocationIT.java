package io.pytopus.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.Browser;
import io.pytopus.PytopusProcess;
import io.pytopus.TcpProxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Two API instances, A and B, share the sessions of PostgreSQL and each caches the ones it validated
 * (ADR 0025). A session that ends through A ends on B within a second, because A's broadcast reaches
 * B's revocation queue; while B cannot reach the broker, B believes no cached session and asks
 * PostgreSQL on every request, so no revocation can be missed; with its cache warm, B answers reads
 * without looking the session up in PostgreSQL at all.
 *
 * <p>B reaches the broker and PostgreSQL through TCP proxies the test can cut. Both instances are
 * quiet otherwise (no outbox resubmission, gauges or cleanup during the test), so B's pool counts
 * only the reads' transactions.
 */
@OwnProcesses
class SessionRevocationIT {

    private static final String PASSWORD = "tentacles under the pier";
    /** The promise: a session ended on one instance is refused by every other within this. */
    private static final Duration EVERYWHERE = Duration.ofSeconds(1);
    /** Consumers resubscribe within the listener container's recovery interval (5 s), on a busy machine. */
    private static final Duration RESUBSCRIBED = Duration.ofSeconds(60);
    /** The pool reconnects to PostgreSQL after its outage, on a busy machine. */
    private static final Duration RECONNECTED = Duration.ofSeconds(60);

    private static final String[] QUIET = {
        "pytopus.roles=api",
        "pytopus.events.resubmit-every=1d",
        "pytopus.events.metrics-every=1d",
        "pytopus.pets.metrics-every=1d",
        "pytopus.sessions.cleanup-every=1d"
    };

    static PytopusProcess a;
    static TcpProxy proxy;
    static TcpProxy database;
    static PytopusProcess b;

    @BeforeAll
    static void startTwoApiInstances() throws URISyntaxException {
        a = PytopusProcess.start(QUIET);
        var broker = URI.create(a.property("spring.rabbitmq.addresses"));
        proxy = TcpProxy.to(broker.getHost(), broker.getPort());
        var throughProxy = new URI(
                broker.getScheme(), broker.getUserInfo(), "127.0.0.1", proxy.port(), broker.getPath(), null, null);
        var postgres = a.property("spring.datasource.url");
        var server = URI.create(postgres.substring("jdbc:".length()));
        database = TcpProxy.to(server.getHost(), server.getPort());
        var quietB = new ArrayList<>(List.of(QUIET));
        quietB.add("RABBITMQ_URL=" + throughProxy);
        quietB.add("spring.datasource.url="
                + postgres.replace("//" + server.getRawAuthority() + "/", "//127.0.0.1:" + database.port() + "/"));
        b = PytopusProcess.start(quietB.toArray(String[]::new));
    }

    @AfterAll
    static void stopThem() {
        if (b != null) {
            b.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @BeforeEach
    void bothHearEveryRevocation() {
        await().atMost(RESUBSCRIBED).until(() -> trusted(a) && trusted(b));
    }

    @Test
    void signingOutThroughAEndsTheSessionOnBWithinASecond() {
        var onA = a.browser();
        assertThat(onA.register().code()).isEqualTo(201);
        var onB = sameSessionOn(b, onA);
        double fromDatabase = lookups(b, "database");
        double fromCache = lookups(b, "cache");

        assertThat(onB.get("/api/v1/me").code()).isEqualTo(200);
        assertThat(lookups(b, "database") - fromDatabase)
                .as("B knew nothing of the session: PostgreSQL did (as after a restart)")
                .isEqualTo(1);
        assertThat(onB.get("/api/v1/me").code()).isEqualTo(200);
        assertThat(lookups(b, "cache") - fromCache).as("then B had it cached").isEqualTo(1);

        assertThat(onA.post("/api/v1/auth/logout", null).code()).isEqualTo(204);

        await().atMost(EVERYWHERE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> onB.get("/api/v1/me").code() == 401);
        assertThat(onB.get("/api/v1/me").problemCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void deletingTheAccountThroughAEndsEverySessionOfItOnBWithinASecond() {
        var email = Browser.uniqueEmail();
        var onA = a.browser();
        assertThat(onA.register(email, PASSWORD).code()).isEqualTo(201);
        var otherDevice = a.browser();
        assertThat(otherDevice.login(email, PASSWORD).code()).isEqualTo(200);
        var first = sameSessionOn(b, onA);
        var second = sameSessionOn(b, otherDevice);
        for (var browser : List.of(first, second, first, second)) {
            assertThat(browser.get("/api/v1/me").code()).isEqualTo(200);
        }

        assertThat(onA.delete("/api/v1/me", Map.of("password", PASSWORD)).code())
                .isEqualTo(204);

        await().atMost(EVERYWHERE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> first.get("/api/v1/me").code() == 401
                        && second.get("/api/v1/me").code() == 401);
    }

    @Test
    void whileBCannotReachTheBrokerItAsksPostgresEveryTimeSoNoRevocationIsMissed() {
        var onA = a.browser();
        assertThat(onA.register().code()).isEqualTo(201);
        var onB = sameSessionOn(b, onA);
        assertThat(onB.get("/api/v1/me").code()).isEqualTo(200);
        try {
            proxy.cut();
            await().atMost(RESUBSCRIBED).until(() -> !trusted(b));
            double fromDatabase = lookups(b, "database");

            assertThat(onB.get("/api/v1/me").code()).isEqualTo(200);
            assertThat(onB.get("/api/v1/me").code()).isEqualTo(200);
            assertThat(lookups(b, "database") - fromDatabase)
                    .as("nothing cached is believed while revocations may be missed")
                    .isEqualTo(2);

            // A's broadcast cannot reach B now; B needs none.
            assertThat(onA.post("/api/v1/auth/logout", null).code()).isEqualTo(204);
            assertThat(onB.get("/api/v1/me").code()).isEqualTo(401);
        } finally {
            proxy.restore();
        }

        await().atMost(RESUBSCRIBED).until(() -> trusted(b));
        var again = a.browser();
        assertThat(again.register().code()).isEqualTo(201);
        var againOnB = sameSessionOn(b, again);
        assertThat(againOnB.get("/api/v1/me").code()).isEqualTo(200);
        double fromCache = lookups(b, "cache");
        assertThat(againOnB.get("/api/v1/me").code()).isEqualTo(200);
        assertThat(lookups(b, "cache") - fromCache)
                .as("subscribed again: cached again")
                .isEqualTo(1);
    }

    /**
     * The session store cannot answer: a session B must look up gets 503 with {@code Retry-After}
     * (nothing was changed; try again), never a 500 or a 401 that would sign the user out. One B has
     * cached still authenticates ({@code HEAD /api/v1/stream} needs a session and nothing else).
     */
    @Test
    void whilePostgresCannotAnswerAnUncachedSessionIs503AndACachedOneStillWorks() {
        var cached = a.browser();
        assertThat(cached.register().code()).isEqualTo(201);
        var cachedOnB = sameSessionOn(b, cached);
        assertThat(streamHead(cachedOnB)).isEqualTo(200);
        var uncached = a.browser();
        assertThat(uncached.register().code()).isEqualTo(201);
        var uncachedOnB = sameSessionOn(b, uncached);
        try {
            database.cut();

            var refused = uncachedOnB.get("/api/v1/me");
            assertThat(refused.code()).isEqualTo(503);
            assertThat(refused.problemCode()).isEqualTo("TEMPORARILY_UNAVAILABLE");
            assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
            assertThat(streamHead(cachedOnB)).isEqualTo(200);
        } finally {
            database.restore();
        }
        await().atMost(RECONNECTED).until(() -> uncachedOnB.get("/api/v1/me").code() == 200);
    }

    /**
     * The gain, counted in PostgreSQL transactions (connections taken from B's pool, each one
     * transaction): {@code GET /api/v1/me} reads the account, one transaction of its own; with
     * Spring Session JDBC each read also loaded the session and saved it, two more (150 for 50
     * reads). With the session cached, the reads cost their own 50 and nothing else.
     */
    @Test
    void fiftyAuthenticatedReadsWithAWarmCacheCostNoSessionTransactions() {
        var onA = a.browser();
        assertThat(onA.register().code()).isEqualTo(201);
        var onB = sameSessionOn(b, onA);
        assertThat(onB.get("/api/v1/me").code()).isEqualTo(200);
        double fromDatabase = lookups(b, "database");
        long transactions = transactions(b);

        for (int i = 0; i < 50; i++) {
            assertThat(onB.get("/api/v1/me").code()).isEqualTo(200);
        }

        assertThat(lookups(b, "database") - fromDatabase)
                .as("no session looked up in PostgreSQL")
                .isZero();
        assertThat(transactions(b) - transactions)
                .as("50 reads of the account, and fewer than 5 transactions for anything else")
                .isGreaterThanOrEqualTo(50)
                .isLessThan(55);
    }

    /** A browser on {@code instance} with the session cookie {@code signedIn} got elsewhere. */
    private static Browser sameSessionOn(PytopusProcess instance, Browser signedIn) {
        var browser = instance.browser();
        browser.setCookie("SESSION", Objects.requireNonNull(signedIn.cookie("SESSION")));
        return browser;
    }

    private static int streamHead(Browser browser) {
        return browser.send(HttpMethod.HEAD, "/api/v1/stream", null, Map.of()).code();
    }

    private static boolean trusted(PytopusProcess instance) {
        return instance.bean(MeterRegistry.class)
                        .get("pytopus.sessions.cache.trusted")
                        .gauge()
                        .value()
                == 1.0;
    }

    private static double lookups(PytopusProcess instance, String source) {
        return instance.bean(MeterRegistry.class)
                .get("pytopus.sessions.lookups")
                .tag("source", source)
                .counter()
                .count();
    }

    /** Connections the instance's pool handed out and got back: one per transaction. */
    private static long transactions(PytopusProcess instance) {
        return instance.bean(MeterRegistry.class)
                .get("hikaricp.connections.usage")
                .timer()
                .count();
    }
}
