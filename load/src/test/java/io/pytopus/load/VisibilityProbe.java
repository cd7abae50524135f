package io.pytopus.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * <p>Prints percentiles and a last line {@code VISIBILITY journal_p95=… search_p95=… missed=…} that
 * perf/load-test.sh reads. Properties: {@code baseUrl}, {@code probes} (default 60), {@code
 * pauseMillis} between probes (default 250), {@code patienceMillis} before a probe counts as missed
 * (default 10000).
 */
public final class VisibilityProbe {

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
        this.cookies = new HashMap<>(Map.of("SESSION", keeper.session(), "XSRF-TOKEN", keeper.xsrf()));
        this.actions = "/api/v1/pets/" + keeper.petId() + "/actions";
        this.journal = "/api/v1/pets/" + keeper.petId() + "/journal";
    }

    public static void main(String[] args) throws InterruptedException {
        String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:8080");
        int probes = Integer.getInteger("probes", 60);
        long pauseMillis = Long.getLong("pauseMillis", 250);
        long patienceNanos = Long.getLong("patienceMillis", 10_000) * 1_000_000;

        var seeder = new Seeder(baseUrl);
        var probe = new VisibilityProbe(seeder, seeder.seed(1).getFirst());
        var inJournal = new ArrayList<Double>();
        var inSearch = new ArrayList<Double>();
        int missed = 0;
        for (int i = 0; i < probes; i++) {
            var seen = probe.once(patienceNanos);
            if (seen.journalMillis() < 0 || seen.searchMillis() < 0) {
                missed++;
            } else {
                inJournal.add(seen.journalMillis());
                inSearch.add(seen.searchMillis());
            }
            Thread.sleep(pauseMillis);
        }
        System.out.println("action -> visible, " + probes + " care actions, " + missed + " not visible within "
                + patienceNanos / 1_000_000 + " ms");
        System.out.println("journal page:   " + summary(inJournal));
        System.out.println("journal search: " + summary(inSearch));
        System.out.printf(
                Locale.ROOT,
                "VISIBILITY journal_p95=%.1f search_p95=%.1f missed=%d%n",
                percentile(inJournal, 95),
                percentile(inSearch, 95),
                missed);
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
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 99),
                percentile(millis, 100));
    }

    /** Nearest-rank percentile; NaN for no values. */
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
