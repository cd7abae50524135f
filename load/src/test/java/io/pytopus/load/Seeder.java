package io.pytopus.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs up the run's owners through the public API, each from an address of its own (the API trusts
 * {@code X-Forwarded-For} from localhost, and sign-ups are rate limited per address), and gives each
 * one public pet with a distinct name.
 *
 * <p>As a program it writes a keepers file for perf/load-test.sh (wrk's script and {@link
 * ConstantRate} read it): {@code -DbaseUrl=… -Dkeepers=200 -DkeepersFile=…}.
 */
final class Seeder {

    /** Sign-ups hash a password (Argon2id); the server hashes at most four at once. */
    private static final int PARALLEL_SIGN_UPS = 4;

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String[] SYLLABLES = {
        "ink", "ora", "tak", "pel", "mur", "lio", "zen", "kav", "ru", "sho", "bel", "qui", "dar", "ly", "po", "ve"
    };

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** Sign-ups are limited per address and hour, so each run signs up from a network of its own. */
    private final int network = 1 + new java.util.Random().nextInt(250);

    Seeder(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws IOException {
        var seeder = new Seeder(System.getProperty("baseUrl", "http://127.0.0.1:8080"));
        int count = Integer.getInteger("keepers", 200);
        var file = Path.of(System.getProperty("keepersFile", "keepers.tsv"));
        long start = System.nanoTime();
        var keepers = seeder.seed(count);
        Files.write(file, keepers.stream().map(Keeper::toLine).toList());
        System.out.printf(
                "Seeded %d owners with a public pet each in %.1f s: %s%n",
                keepers.size(), (System.nanoTime() - start) / 1e9, file);
    }

    List<Keeper> seed(int count) {
        try (var pool = Executors.newFixedThreadPool(PARALLEL_SIGN_UPS)) {
            var pending = java.util.stream.IntStream.range(0, count)
                    .mapToObj(i -> pool.submit(() -> seedOne(i)))
                    .toList();
            return pending.stream().map(Seeder::await).toList();
        }
    }

    private static Keeper await(Future<Keeper> keeper) {
        try {
            return keeper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }

    private Keeper seedOne(int index) {
        var cookies = new HashMap<String, String>();
        var address = "10.%d.%d.%d".formatted(network, index / 250, index % 250 + 1);
        send("GET", "/api/v1/auth/csrf", null, cookies, address, 204);
        send("POST", "/api/v1/auth/register", """
                {"email":"load-%s-%d@pytopus.test","displayName":"Keeper %d","password":"load-test-%s-correct-horse"}""".formatted(run, index, index, run), cookies, address, 201);
        var name = petName(index);
        var hatched = send("POST", "/api/v1/pets", """
                {"name":"%s","species":"COMMON","color":"#c8553d"}""".formatted(name), cookies, address, 201);
        Matcher id = ID.matcher(hatched);
        if (!id.find()) {
            throw new IllegalStateException("No pet id in " + hatched);
        }
        send("PATCH", "/api/v1/pets/" + id.group(1), "{\"public\":true}", cookies, address, 200);
        return Keeper.of(cookies, id.group(1), name, misspell(name));
    }

    /**
     * Waits until the reef search finds the last seeded pet by its misspelled name: indexing goes
     * through the event queue, and a search run should measure searches that find something.
     */
    void awaitSearchable(Keeper keeper, Duration patience) {
        var cookies = keeper.cookieJar();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            var found = send("GET", "/api/v1/reef/search?q=" + keeper.misspelledName(), null, cookies, "10.0.0.1", 200);
            if (found.contains(keeper.petId())) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The reef search did not find " + keeper.petName() + " within " + patience);
    }

    /** Pronounceable, distinct names ("Inkorapel"), so name searches find one pet each. */
    static String petName(int index) {
        var name = new StringBuilder();
        int rest = index;
        for (int i = 0; i < 3; i++) {
            name.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** One typo, as people make them: two neighbouring letters swapped. */
    static String misspell(String name) {
        char[] letters = name.toLowerCase().toCharArray();
        int at = letters.length / 2;
        char swapped = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swapped;
        return new String(letters);
    }

    String send(String method, String path, String body, Map<String, String> cookies, String address, int expected) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", Keeper.cookieHeader(cookies));
        }
        if (cookies.containsKey(Keeper.XSRF_COOKIE)) {
            request.header("X-XSRF-TOKEN", cookies.get(Keeper.XSRF_COOKIE));
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (var header : response.headers().allValues("Set-Cookie")) {
                var pair = header.split(";", 2)[0].split("=", 2);
                if (pair.length == 2 && !pair[1].isEmpty()) {
                    cookies.put(pair[0].trim(), pair[1].trim());
                }
            }
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        "%s %s answered %d: %s".formatted(method, path, response.statusCode(), response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
