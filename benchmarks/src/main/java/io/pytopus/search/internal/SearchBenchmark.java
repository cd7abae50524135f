package io.pytopus.search.internal;

import io.pytopus.devservices.DevServices;
import io.pytopus.devservices.DevServicesSettings;
import io.pytopus.devservices.Engine;
import io.pytopus.pet.PublicPet;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.search.SearchIndex;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.opensearch.client.opensearch.OpenSearchClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search benchmark (DESIGN §5: bulk indexing at least 5,000 documents per second; searches over
 * 100k pets and 1M journal entries with a p99 under 50 ms). Starts an OpenSearch node the way the
 * application's tests and standalone run do (the dev-services module), generates the data, bulk-loads
 * it exactly as a reindex does (the server's {@link IndexWriter}, the index definitions of {@code
 * classpath:search/}, refreshes off while loading), then times the server's own queries ({@link
 * ReefQueries}, {@link JournalQueries}) from one client thread, and again from several.
 *
 * <p>Arguments (all optional): pets, journal entries, timed searches per kind, client threads.
 * Run it with {@code ./pytopus mvn -B -ntp -pl benchmarks -am verify -DskipTests -Psearch-benchmark}
 * (see docs/performance.md).
 */
public final class SearchBenchmark {

    private static final int CHUNK = 2000;
    private static final int WARMUP = 300;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int petCount = argument(args, 0, 100_000);
        int entryCount = argument(args, 1, 1_000_000);
        int searches = argument(args, 2, 2_000);
        int threads = argument(args, 3, 4);
        Path data = Files.createTempDirectory("pytopus-search-benchmark-");
        // A data folder, as in the standalone run: the node then runs with the full JIT.
        var settings = DevServicesSettings.ephemeral().withDataDir(data);
        try (var node =
                DevServices.create(settings, EnumSet.of(Engine.OPENSEARCH)).start()) {
            String url = node.springProperties().get("pytopus.opensearch.url");
            run(url, petCount, entryCount, searches, threads);
        } finally {
            deleteQuietly(data);
        }
    }

    private static void run(String url, int petCount, int entryCount, int searches, int threads) throws Exception {
        var properties = new OpenSearchProperties(
                URI.create(url), "", "", Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60));
        var configuration = new OpenSearchConfiguration();
        var json = JsonMapper.builder().build();
        try (var transport = configuration.openSearchWriteTransport(properties)) {
            var engine = new SearchEngine(new OpenSearchClient(transport), json);
            var indexes = new SearchIndexes(engine, Duration.ofSeconds(1));
            var writer = new IndexWriter(engine, indexes);
            var generated = new SearchData(42, Math.max(1, petCount / 4));

            System.out.printf(
                    "OpenSearch %s; %,d pets, %,d journal entries, %,d timed searches of each kind%n",
                    url, petCount, entryCount, searches);
            // A fresh node and client run interpreted code at first: warm both up on throwaway data
            // (a running application's node is warm), then drop it.
            var warmup = new SearchData(7, 1000);
            load(engine, indexes, writer, SearchIndex.PETS, 20_000, i -> {
                var profile = warmup.pet();
                return IndexWriter.Change.put(
                        profile.pet().id().toString(), Documents.pet(json, profile), profile.version());
            });
            load(engine, indexes, writer, SearchIndex.JOURNAL, 50_000, i -> {
                var entry = warmup.entry(i);
                return IndexWriter.Change.put(entry.entryId().toString(), Documents.journalEntry(json, entry), null);
            });
            engine.require("DELETE", "/pets-v1,journal-v1", Map.of(), null);
            System.out.println("Warm-up done; measuring.");
            var petLoad = load(engine, indexes, writer, SearchIndex.PETS, petCount, i -> {
                var profile = generated.pet();
                return IndexWriter.Change.put(
                        profile.pet().id().toString(), Documents.pet(json, profile), profile.version());
            });
            var journalLoad = load(engine, indexes, writer, SearchIndex.JOURNAL, entryCount, i -> {
                var entry = generated.entry(i);
                return IndexWriter.Change.put(entry.entryId().toString(), Documents.journalEntry(json, entry), null);
            });

            var reef = new ReefQueries(json);
            var journal = new JournalQueries(json);
            var pets = generated.pets;
            var random = generated.random();
            Map<String, Supplier<Callable<Object>>> kinds = new java.util.LinkedHashMap<>();
            kinds.put("fuzzy name (misspelled, relevance)", () -> {
                var query = new ReefQuery(
                        generated.misspelled(pick(pets, random).name()),
                        null,
                        null,
                        null,
                        ReefQuery.Order.RELEVANCE,
                        0,
                        20);
                return () -> reef.results(search(engine, "pets", reef.search(query)), query);
            });
            kinds.put("facet filter (word + species + stage, by waves)", () -> {
                var query = new ReefQuery(
                        generated.pick(SearchData.WORDS),
                        generated.pick(Species.values()),
                        generated.pick(Stage.values()),
                        null,
                        ReefQuery.Order.WAVES,
                        random.nextInt(3),
                        20);
                return () -> reef.results(search(engine, "pets", reef.search(query)), query);
            });
            kinds.put("browse (species filter, by age)", () -> {
                var query =
                        new ReefQuery(null, generated.pick(Species.values()), null, null, ReefQuery.Order.AGE, 0, 20);
                return () -> reef.results(search(engine, "pets", reef.search(query)), query);
            });
            kinds.put("suggest (2-4 letter prefix)", () -> {
                String name = pick(pets, random).name().toLowerCase();
                String prefix = name.substring(0, Math.min(name.length(), 2 + random.nextInt(3)));
                return () -> reef.suggestions(search(engine, "pets", reef.suggest(prefix, 8)));
            });
            kinds.put("journal full text (one pet, 1-2 words)", () -> {
                PublicPet pet = pick(pets, random);
                String words = random.nextBoolean()
                        ? generated.pick(SearchData.FOODS)
                        : generated.pick(new String[] {"played ball", "fell asleep", "clean tank", "waved reef"});
                return () ->
                        journal.hits(search(engine, "journal", journal.search(pet.ownerId(), pet.id(), words, 0, 20)));
            });

            var results = new ArrayList<String>();
            for (var kind : kinds.entrySet()) {
                time(kind.getValue(), WARMUP, 1);
                var stats = time(kind.getValue(), searches, 1);
                results.add(row(kind.getKey() + ", 1 thread", stats));
            }
            var mixed = new ArrayList<>(kinds.values());
            Supplier<Callable<Object>> any =
                    () -> mixed.get(random.nextInt(mixed.size())).get();
            time(any, WARMUP, threads);
            results.add(row("all kinds mixed, " + threads + " threads", time(any, searches * 2, threads)));

            System.out.println();
            System.out.println("| load | documents | seconds | documents/s |");
            System.out.println("|---|---:|---:|---:|");
            System.out.println(petLoad);
            System.out.println(journalLoad);
            System.out.println();
            System.out.println("| query | searches | per second | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            results.forEach(System.out::println);
        }
    }

    /** Loads an index as a reindex does: a new version, refreshes off, chunks, then the alias. */
    private static String load(
            SearchEngine engine,
            SearchIndexes indexes,
            IndexWriter writer,
            SearchIndex index,
            int count,
            java.util.function.IntFunction<IndexWriter.Change> document) {
        String name = SearchIndexes.versioned(index, 1);
        ObjectNode definition = indexes.definition(index);
        ((ObjectNode) definition.get("settings").get("index")).put("refresh_interval", "-1");
        definition.putObject("aliases").putObject(index.alias());
        engine.require("PUT", "/" + name, Map.of(), definition);
        var chunk = new ArrayList<IndexWriter.Change>(CHUNK);
        long started = System.nanoTime();
        long nextReport = started + 5_000_000_000L;
        for (int i = 0; i < count; i++) {
            chunk.add(document.apply(i));
            if (chunk.size() == CHUNK || i == count - 1) {
                var refused = writer.write(List.of(name), chunk);
                if (!refused.isEmpty()) {
                    throw new IllegalStateException("refused: " + refused);
                }
                chunk.clear();
                long now = System.nanoTime();
                if (now > nextReport) {
                    nextReport = now + 5_000_000_000L;
                    System.out.printf(
                            "  %s: %,d/%,d documents, %,.0f documents/s%n",
                            index.alias(), i + 1, count, (i + 1) / ((now - started) / 1e9));
                }
            }
        }
        var settings = engine.json().createObjectNode();
        settings.putObject("index").put("refresh_interval", "1s");
        engine.require("PUT", "/" + name + "/_settings", Map.of(), settings);
        engine.require("POST", "/" + name + "/_refresh", Map.of(), null);
        double seconds = (System.nanoTime() - started) / 1e9;
        var count2 = engine.require("GET", "/" + name + "/_count", Map.of(), null)
                .path("count")
                .asLong();
        if (count2 != count) {
            throw new IllegalStateException(name + " holds " + count2 + " documents, not " + count);
        }
        System.out.printf(
                "Loaded %,d %s documents in %.1f s: %,.0f documents/s%n",
                count, index.alias(), seconds, count / seconds);
        return "| %s (bulk of %,d, refresh off, one client thread) | %,d | %.1f | %,.0f |"
                .formatted(index.alias(), CHUNK, count, seconds, count / seconds);
    }

    private static JsonNode search(SearchEngine engine, String alias, JsonNode body) {
        var reply = engine.send("POST", "/" + alias + "/_search", Map.of(), body);
        if (!reply.ok()) {
            throw new IllegalStateException("search failed: " + reply);
        }
        return reply.body();
    }

    /** Latencies in nanoseconds, and the wall time of the whole run. */
    private record Stats(long[] latencies, long wallNanos) {}

    /** Runs {@code count} searches from {@code threads} threads; each thread draws its own queries. */
    private static Stats time(Supplier<Callable<Object>> kind, int count, int threads) throws Exception {
        var latencies = new long[count];
        var next = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var workers = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        Callable<Object> search;
                        synchronized (kind) {
                            search = kind.get();
                        }
                        long begin = System.nanoTime();
                        search.call();
                        latencies[i] = System.nanoTime() - begin;
                    }
                    return null;
                }));
            }
            for (var worker : workers) {
                worker.get();
            }
        }
        return new Stats(latencies, System.nanoTime() - started);
    }

    private static String row(String name, Stats stats) {
        long[] sorted = stats.latencies().clone();
        Arrays.sort(sorted);
        return "| %s | %,d | %,.0f | %.1f | %.1f | %.1f | %.1f |"
                .formatted(
                        name,
                        sorted.length,
                        sorted.length / (stats.wallNanos() / 1e9),
                        percentile(sorted, 50),
                        percentile(sorted, 95),
                        percentile(sorted, 99),
                        sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double percent) {
        int at = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    private static <T> T pick(List<T> values, java.util.Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static int argument(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e);
        }
    }
}
