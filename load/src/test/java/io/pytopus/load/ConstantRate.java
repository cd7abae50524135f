package io.pytopus.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator for tail latency: requests fall due at a fixed rate whatever the
 * server does, and each one's latency counts from the moment it fell due, not from when a
 * connection was free to send it. A server that stalls for 100 ms therefore shows as the latency of
 * every request that waited, as users would see it (no "coordinated omission"). A request that gets
 * no answer within the socket timeout counts as slower than any answered one.
 *
 * <p>Requests go over a fixed pool of keep-alive HTTP/1.1 connections (a population of browsers
 * behind a proxy), each with a thread of its own, written and parsed by hand: about 0.1 ms of CPU
 * per request at a constant rate, which it prints, so the share of the two cores it takes from the
 * app is known. Owners and their
 * pets come from the keepers file in turn, so two requests in flight rarely touch the same pet. Care
 * actions carry a fresh {@code Idempotency-Key} each, as the web app sends them.
 *
 * <pre>java -cp load/target/test-classes -DbaseUrl=http://127.0.0.1:8080 -Dworkload=pet-read -Drate=1000
 *   -DdurationSeconds=20 -DkeepersFile=perf/target/keepers.tsv io.pytopus.load.ConstantRate</pre>
 *
 * <p>Properties: {@code workload} (trivial, pet-read or care), {@code rate} per second, {@code
 * durationSeconds} measured, {@code warmupSeconds} at the same rate before (not measured; default
 * 3), {@code connections} (default 32), {@code timeoutMillis} (default 10000). The last line, {@code
 * CONSTANT due=… answered=… errors=… p50=… p95=… p99=… max=… cpu_ms=…} (milliseconds), is what
 * perf/load-test.sh reads.
 */
public final class ConstantRate {

    private static final long NOT_ANSWERED = Long.MAX_VALUE;

    private final String workload;
    private final List<Keeper> keepers;
    private final String host;
    private final int port;
    private final int timeoutMillis;

    private ConstantRate(String workload, List<Keeper> keepers, URI base, int timeoutMillis) {
        this.workload = workload;
        this.keepers = keepers;
        this.host = base.getHost();
        this.port = base.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    public static void main(String[] args) throws Exception {
        var base = URI.create(System.getProperty("baseUrl", "http://127.0.0.1:8080"));
        String workload = System.getProperty("workload", "trivial");
        double rate = Double.parseDouble(System.getProperty("rate", "100"));
        int seconds = Integer.getInteger("durationSeconds", 20);
        int warmupSeconds = Integer.getInteger("warmupSeconds", 3);
        int connections = Integer.getInteger("connections", 32);
        int timeoutMillis = Integer.getInteger("timeoutMillis", 10_000);
        String keepersFile = System.getProperty("keepersFile", "");
        List<Keeper> keepers = keepersFile.isEmpty()
                ? List.of()
                : Files.readAllLines(Path.of(keepersFile)).stream()
                        .filter(line -> !line.isBlank())
                        .map(Keeper::fromLine)
                        .toList();
        if (!workload.equals("trivial") && keepers.isEmpty()) {
            throw new IllegalArgumentException(workload + " needs owners: -DkeepersFile=…");
        }
        new ConstantRate(workload, keepers, base, timeoutMillis).run(rate, warmupSeconds, seconds, connections);
    }

    private void run(double rate, int warmupSeconds, int seconds, int connections) throws InterruptedException {
        long interval = Math.round(1e9 / rate);
        int warmupTickets = (int) Math.round(rate * warmupSeconds);
        int measuredTickets = (int) Math.round(rate * seconds);
        int total = warmupTickets + measuredTickets;
        long[] latencies = new long[measuredTickets];
        Arrays.fill(latencies, NOT_ANSWERED);
        int[] statuses = new int[measuredTickets];
        var due = new Semaphore(0);
        var next = new AtomicLong();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long cpuBefore = processCpuNanos();

        var workers = new ArrayList<Thread>(connections);
        for (int c = 0; c < connections; c++) {
            // Platform threads: a read blocks in the kernel, with no poller hand-off per request (half the
            // CPU per request of virtual threads, measured at 1,000 requests/s).
            workers.add(Thread.ofPlatform().daemon().name("connection-" + c).start(() -> {
                var connection = new Connection();
                try {
                    while (true) {
                        due.acquireUninterruptibly();
                        long ticket = next.getAndIncrement();
                        if (ticket >= total) {
                            return;
                        }
                        long dueAt = start + ticket * interval;
                        int status = connection.exchange(request(ticket));
                        long latency = System.nanoTime() - dueAt;
                        if (ticket >= warmupTickets) {
                            int at = (int) (ticket - warmupTickets);
                            statuses[at] = status;
                            latencies[at] = status > 0 ? latency : NOT_ANSWERED;
                        }
                    }
                } finally {
                    connection.close();
                }
            }));
        }

        // The clock: each request falls due at start + i × interval, however busy the connections are.
        long late = 0;
        for (int released = 0; released < total; ) {
            long now = System.nanoTime();
            int dueNow = (int) Math.min(total, (now - start) / interval + 1);
            if (dueNow > released) {
                late = Math.max(late, now - (start + (long) (dueNow - 1) * interval));
                due.release(dueNow - released);
                released = dueNow;
            }
            long wait = start + (long) released * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        due.release(connections); // one more each: past the last ticket, every connection ends
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis + 5_000L);
        for (var worker : workers) {
            worker.join(java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        long cpu = processCpuNanos() - cpuBefore;
        report(rate, seconds, warmupSeconds, connections, latencies, statuses, late, cpu / (double) total);
    }

    private byte[] request(long ticket) {
        String head = "Host: " + host + ":" + port + "\r\nAccept: application/json\r\n";
        if (workload.equals("trivial")) {
            return ("GET /api/v1/ping HTTP/1.1\r\n" + head + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        var keeper = keepers.get((int) (ticket % keepers.size()));
        String cookies = "Cookie: " + keeper.cookies() + "\r\n";
        return switch (workload) {
            case "pet-read" ->
                ("GET /api/v1/pets/" + keeper.petId() + " HTTP/1.1\r\n" + head + cookies + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
            case "care" -> {
                String body = "{\"type\":\"CLEAN\"}";
                yield ("POST /api/v1/pets/" + keeper.petId() + "/actions HTTP/1.1\r\n" + head + cookies
                                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n"
                                + "X-XSRF-TOKEN: " + keeper.xsrf() + "\r\n"
                                + "Idempotency-Key: " + UUID.randomUUID() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.US_ASCII);
            }
            default -> throw new IllegalArgumentException("Unknown workload " + workload);
        };
    }

    private void report(
            double rate,
            int seconds,
            int warmupSeconds,
            int connections,
            long[] latencies,
            int[] statuses,
            long lateNanos,
            double cpuNanosPerRequest) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int answered = 0;
        int errors = 0;
        for (int status : statuses) {
            byStatus.merge(status, 1, Integer::sum);
            if (status > 0) {
                answered++;
            }
            if (status < 200 || status > 299) {
                errors++;
            }
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "constant rate: %s at %.1f/s for %d s (after %d s of warm-up), %d connections: %d due, %d answered,"
                        + " %d errors (by status, 0 = no answer: %s)%n",
                workload,
                rate,
                seconds,
                warmupSeconds,
                connections,
                latencies.length,
                answered,
                errors,
                byStatus);
        System.out.printf(
                Locale.ROOT,
                "latency from the moment each request fell due: p50 %s ms, p95 %s ms, p99 %s ms, max %s ms%n",
                millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)),
                millis(percentile(sorted, 100)));
        System.out.printf(
                Locale.ROOT,
                "generator: %.3f ms of CPU per request; its clock released requests at most %.1f ms late%n",
                cpuNanosPerRequest / 1e6,
                lateNanos / 1e6);
        System.out.printf(
                Locale.ROOT,
                "CONSTANT due=%d answered=%d errors=%d p50=%s p95=%s p99=%s max=%s cpu_ms=%.3f%n",
                latencies.length,
                answered,
                errors,
                millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)),
                millis(percentile(sorted, 100)),
                cpuNanosPerRequest / 1e6);
    }

    /** Nearest rank over sorted latencies; an unanswered request sorts after every answered one. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return NOT_ANSWERED;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    static String millis(long nanos) {
        return nanos == NOT_ANSWERED ? "timeout" : String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * One keep-alive connection: writes a request, reads the status, the headers and the body (by
     * {@code Content-Length} or chunked). A connection the server closed is opened again; a request
     * that found its reused connection closed before any byte came back is sent once more (with a
     * care action's own idempotency key, as a browser's retry would).
     */
    private final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final byte[] buffer = new byte[16 * 1024];
        private int position;
        private int limit;
        private boolean reused;

        /** The response's status, or 0 when none came. */
        int exchange(byte[] request) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    open();
                    boolean wasReused = reused;
                    out.write(request);
                    out.flush();
                    int status;
                    try {
                        status = readResponse();
                    } catch (ClosedEarly e) {
                        close();
                        if (wasReused) {
                            continue;
                        }
                        return 0;
                    }
                    reused = true;
                    return status;
                } catch (IOException e) {
                    close();
                    return 0;
                }
            }
            return 0;
        }

        private void open() throws IOException {
            if (socket != null) {
                return;
            }
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            position = 0;
            limit = 0;
            reused = false;
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
        }

        private int readResponse() throws IOException {
            String statusLine = readLine(true);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = statusLine.startsWith("HTTP/1.0");
            for (String line = readLine(false); !line.isEmpty(); line = readLine(false)) {
                String header = line.toLowerCase(Locale.ROOT);
                if (header.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).trim());
                } else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
                    chunked = true;
                } else if (header.startsWith("connection:") && header.contains("close")) {
                    closeAfter = true;
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size + 2);
                }
                while (!readLine(false).isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            } else if (length < 0 && status != 204 && status != 304) {
                closeAfter = true; // the body ends when the server closes
            }
            if (closeAfter) {
                close();
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String line = readLine(false);
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private String readLine(boolean first) throws IOException {
            var line = new StringBuilder(64);
            while (true) {
                if (position == limit && !fill()) {
                    if (first && line.isEmpty()) {
                        throw new ClosedEarly();
                    }
                    throw new IOException("connection closed in a response");
                }
                byte b = buffer[position++];
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
        }

        private void skip(long count) throws IOException {
            while (count > 0) {
                if (position == limit && !fill()) {
                    throw new IOException("connection closed in a body");
                }
                int step = (int) Math.min(count, limit - position);
                position += step;
                count -= step;
            }
        }

        private boolean fill() throws IOException {
            int read = in.read(buffer);
            if (read <= 0) {
                return false;
            }
            position = 0;
            limit = read;
            return true;
        }
    }

    /** The server closed a connection before answering: on a reused one, the request is sent again. */
    private static final class ClosedEarly extends IOException {
        ClosedEarly() {
            super("closed before the response");
        }
    }
}
