package io.pytopus.load;

import java.time.Duration;
import java.util.Locale;

/**
 * What one load run does, from system properties (perf/load-test.sh sets them; the Gatling plugin
 * passes {@code -D} properties on to the simulation).
 *
 * @param baseUrl the running Pytopus, e.g. {@code http://127.0.0.1:8080}
 * @param workload which request the run repeats
 * @param rate open model: arrivals per second (a fixed arrival rate, so a slow server cannot slow the
 *     load down and hide its latency); 0 selects the closed model
 * @param users closed model: concurrent users looping without think time, to find the maximum rate
 * @param duration how long the measured part lasts
 * @param keepers how many owners to sign up (each with one public pet) before the run
 * @param keepersFile where the seeded owners are saved, and read from by later runs instead of
 *     seeding again (a drill keeps its owners while the database is slow); empty to seed every run
 * @param acknowledgedFile where a care run appends {@code petId,seq} of every action the server
 *     acknowledged, for the drills that check nothing acknowledged was lost; empty for none
 */
record LoadSettings(
        String baseUrl,
        Workload workload,
        double rate,
        int users,
        Duration duration,
        int keepers,
        String keepersFile,
        String acknowledgedFile) {

    enum Workload {
        /** {@code GET /api/v1/ping}: the same server's cheapest answer, the baseline of the ratios. */
        TRIVIAL,
        /** {@code GET /api/v1/pets/{id}} by its owner: session, Redis cache-aside, advance, JSON. */
        PET_READ,
        /** {@code POST /api/v1/pets/{id}/actions} CLEAN: a transaction with the outbox. */
        CARE,
        /** {@code GET /api/v1/reef/search?q=} with a misspelled name. */
        REEF_SEARCH
    }

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                System.getProperty("baseUrl", "http://127.0.0.1:8080"),
                Workload.valueOf(System.getProperty("workload", "trivial")
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '_')),
                Double.parseDouble(System.getProperty("rate", "0")),
                Integer.parseInt(System.getProperty("users", "16")),
                Duration.ofSeconds(Long.parseLong(System.getProperty("durationSeconds", "30"))),
                Integer.parseInt(System.getProperty("keepers", "40")),
                System.getProperty("keepersFile", ""),
                System.getProperty("acknowledgedFile", ""));
    }

    boolean openModel() {
        return rate > 0;
    }
}
