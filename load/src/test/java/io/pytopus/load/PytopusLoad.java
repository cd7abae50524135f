package io.pytopus.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One workload of {@link LoadSettings} against a running Pytopus, at a fixed arrival rate (open
 * model) or with a fixed number of looping users (closed model). The fault drills (perf/drills.sh)
 * use it at low rates, where its per-request checks, error messages and the acknowledged-actions
 * file are worth its cost; the load test's rates come from wrk and {@link ConstantRate}, which cost
 * the shared cores far less per request (docs/performance.md).
 */
public class PytopusLoad extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final List<Keeper> keepers = new CopyOnWriteArrayList<>();

    {
        var protocol = http.baseUrl(settings.baseUrl())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                // Keep-alive connections shared by all virtual users, as a browser population behind
                // a proxy would reuse them; a new TCP connection per request would measure the kernel.
                .shareConnections()
                .disableCaching();

        ChainBuilder request = CoreDsl.feed(new CircularKeepers()).exec(request());
        if (settings.workload() == LoadSettings.Workload.CARE
                && !settings.acknowledgedFile().isEmpty()) {
            request = request.exec(session -> {
                if (!session.isFailed() && session.contains("seq")) {
                    acknowledged(session.getString("petId") + "," + session.getString("seq"));
                }
                return session.remove("seq");
            });
        }
        ScenarioBuilder workload = scenario(settings.workload().name().toLowerCase());
        PopulationBuilder population = settings.openModel()
                ? workload.exec(request)
                        .injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration()))
                : workload.exec(during(settings.duration()).on(request)).injectOpen(atOnceUsers(settings.users()));
        setUp(population).protocols(protocol);
    }

    @Override
    public void before() {
        int count = settings.workload() == LoadSettings.Workload.TRIVIAL ? 0 : settings.keepers();
        var seeder = new Seeder(settings.baseUrl());
        Path saved = settings.keepersFile().isEmpty() ? null : Path.of(settings.keepersFile());
        try {
            if (saved != null && Files.exists(saved)) {
                Files.readAllLines(saved).stream().map(Keeper::fromLine).forEach(keepers::add);
            } else {
                keepers.addAll(seeder.seed(count));
                if (saved != null) {
                    Files.write(saved, keepers.stream().map(Keeper::toLine).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (settings.workload() == LoadSettings.Workload.REEF_SEARCH) {
            seeder.awaitSearchable(keepers.getLast(), java.time.Duration.ofSeconds(60));
        }
        System.out.printf("Seeded %d owners with a public pet each%n", keepers.size());
    }

    private HttpRequestActionBuilder request() {
        return switch (settings.workload()) {
            case TRIVIAL -> http("trivial").get("/api/v1/ping").check(status().is(200));
            case PET_READ ->
                authenticated(http("pet read").get("/api/v1/pets/#{petId}")).check(status().is(200));
            case CARE -> {
                // A key of its own per request, as the web app sends (act-on-pet.ts).
                var care = authenticated(http("care action").post("/api/v1/pets/#{petId}/actions"))
                        .header("Idempotency-Key", "#{randomUuid()}")
                        .body(StringBody("{\"type\":\"CLEAN\"}"))
                        .check(status().is(200), jsonPath("$.outcome.seq").saveAs("seq"));
                yield care;
            }
            case REEF_SEARCH ->
                authenticated(http("reef search").get("/api/v1/reef/search?q=#{misspelledName}"))
                        .check(status().is(200));
        };
    }

    /** An action the server answered 2xx for: the drills check each one is in PostgreSQL. */
    private synchronized void acknowledged(String line) {
        try {
            Files.writeString(
                    Path.of(settings.acknowledgedFile()),
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequestActionBuilder authenticated(HttpRequestActionBuilder request) {
        return request.header("Cookie", "#{cookies}").header("X-XSRF-TOKEN", "#{xsrf}");
    }

    /** Owners in turn, read lazily: they are seeded in {@link #before()}, after the set-up. */
    private final class CircularKeepers implements Iterator<Map<String, Object>> {
        private final AtomicLong next = new AtomicLong();

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            if (keepers.isEmpty()) {
                return Map.of();
            }
            return keepers.get((int) (next.getAndIncrement() % keepers.size())).asFeederRecord();
        }
    }
}
