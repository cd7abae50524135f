package io.pytopus.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures DESIGN §5's "action → visible in search and journal": how long after a care action's
 * 2xx answer its journal entry is on the owner's journal page (PostgreSQL, written by the journal
 * worker from RabbitMQ), and in the journal's full-text search (OpenSearch, indexed in bulk from
 * the entry's event). It signs up one owner, then repeats: one CLEAN, then polls both every few
 * milliseconds until each shows the new entry. Run it while a load runs, so the queues are busy.
 *
 * <p>An entry not seen within {@code patienceMillis} is a miss, and a miss counts as slower than
 * any entry that was seen: with 5% misses the p95 is "miss". Dropping misses would report the
 * figures of the probes that went well.
 *
 * <p>Prints percentiles and a last line {@code VISIBILITY probes=… journal_p95=… search_p95=…
 * journal_missed=… search_missed=…} (milliseconds, or {@code miss}) that perf/load-test.sh reads.
 * Properties: {@code baseUrl}, {@code probes} (default 60), {@code durationSeconds} (if set, probes
 * until then instead of counting), {@code pauseMillis} between probes (default 250), {@code
 * patienceMillis} before an entry counts as missed (default 10000).
 */
public final class VisibilityProbe {

    /** A probe whose entry did not show in time: sorts after every time that was measured. */
    static final double MISS = Double.POSITIVE_INFINITY;

    private static final Pattern FIRST_ID =
            Pattern.compile("\"entries\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalEntries\"\\s*:\\s*(\\d+)");
    private static final String ADDRESS = "10.251.0.1";
    /** Words of CLEAN's journal sentence ("Inkorapel got a clean tank."). */
    private static final String QUERY = URLEncoder.encode("clean tank", StandardCharsets.UTF_8);

    private final Seeder seeder;
    private final Map<String, String> cookies;
    private final String actions;
    private final String journal;

    private VisibilityProbe(Seeder seeder, Keeper keeper) {
        this.seeder = seeder;
        this.cookies = keeper.cookieJar();
        this.actions = "/api/v1/pets/" + keeper.petId() + "/actions";
        this.journal = "/api/v1/pets/" + keeper.petId() + "/journal";
    }

    public static void main(String[] args) throws InterruptedException {
        String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:8080");
        int probes = Integer.getInteger("probes", 60);
        long durationSeconds = Long.getLong("durationSeconds", 0);
        long pauseMillis = Long.getLong("pauseMillis", 250);
        long patienceNanos = Long.getLong("patienceMillis", 10_000) * 1_000_000;

        var seeder = new Seeder(baseUrl);
        var probe = new VisibilityProbe(seeder, seeder.seed(1).getFirst());
        long deadline = System.nanoTime() + durationSeconds * 1_000_000_000;
        var inJournal = new ArrayList<Double>();
        var inSearch = new ArrayList<Double>();
        while (durationSeconds > 0 ? System.nanoTime() < deadline : inJournal.size() < probes) {
            var seen = probe.once(patienceNanos);
            inJournal.add(seen.journalMillis() < 0 ? MISS : seen.journalMillis());
            inSearch.add(seen.searchMillis() < 0 ? MISS : seen.searchMillis());
            Thread.sleep(pauseMillis);
        }
        long journalMissed = inJournal.stream().filter(m -> m == MISS).count();
        long searchMissed = inSearch.stream().filter(m -> m == MISS).count();
        System.out.printf(
                "action -> visible, %d care actions; not visible within %d ms: %d in the journal, %d in search%n",
                inJournal.size(), patienceNanos / 1_000_000, journalMissed, searchMissed);
        System.out.println("journal page:   " + summary(inJournal));
        System.out.println("journal search: " + summary(inSearch));
        System.out.printf(
                Locale.ROOT,
                "VISIBILITY probes=%d journal_p95=%s search_p95=%s journal_missed=%d search_missed=%d%n",
                inJournal.size(),
                millis(percentile(inJournal, 95)),
                millis(percentile(inSearch, 95)),
                journalMissed,
                searchMissed);
    }

    /** Milliseconds from the action's request to its entry showing; -1 where it did not in time. */
    private record Seen(double journalMillis, double searchMillis) {}

    private Seen once(long patienceNanos) throws InterruptedException {
        String newestBefore = newestEntryId();
        long matchingBefore = matchingEntries();
        long start = System.nanoTime();
        seeder.send("POST", actions, "{\"type\":\"CLEAN\"}", cookies, ADDRESS, 200);
        double journalMillis = -1;
        double searchMillis = -1;
        while (System.nanoTime() - start < patienceNanos && (journalMillis < 0 || searchMillis < 0)) {
            if (journalMillis < 0 && !newestEntryId().equals(newestBefore)) {
                journalMillis = (System.nanoTime() - start) / 1e6;
            }
            if (searchMillis < 0 && matchingEntries() > matchingBefore) {
                searchMillis = (System.nanoTime() - start) / 1e6;
            }
            Thread.sleep(5);
        }
        return new Seen(journalMillis, searchMillis);
    }

    private String newestEntryId() {
        Matcher id = FIRST_ID.matcher(seeder.send("GET", journal + "?size=1", null, cookies, ADDRESS, 200));
        return id.find() ? id.group(1) : "";
    }

    private long matchingEntries() {
        Matcher total = TOTAL.matcher(seeder.send("GET", journal + "?size=1&q=" + QUERY, null, cookies, ADDRESS, 200));
        if (!total.find()) {
            throw new IllegalStateException("No totalEntries in the journal search's answer");
        }
        return Long.parseLong(total.group(1));
    }

    private static String summary(List<Double> millis) {
        return String.format(
                Locale.ROOT,
                "p50 %s ms, p95 %s ms, p99 %s ms, max %s ms",
                millis(percentile(millis, 50)),
                millis(percentile(millis, 95)),
                millis(percentile(millis, 99)),
                millis(percentile(millis, 100)));
    }

    /** Milliseconds with one decimal, or "miss". */
    static String millis(double value) {
        return value == MISS ? "miss" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Nearest-rank percentile, a {@link #MISS} counting as slower than any time; NaN for no values. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
