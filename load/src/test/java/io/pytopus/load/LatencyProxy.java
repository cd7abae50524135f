package io.pytopus.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A TCP proxy that delays every chunk it forwards, in both directions, by the number of milliseconds
 * written in a control file (re-read every 200 ms), so a drill can make the database slow and fast
 * again while the app stays connected through it. Used by perf/drills/slow-database.sh:
 *
 * <pre>java -cp load/target/test-classes io.pytopus.load.LatencyProxy 15433 127.0.0.1 5432 latency.ms</pre>
 */
public final class LatencyProxy {

    private static volatile long latencyMillis;

    private LatencyProxy() {}

    public static void main(String[] args) throws IOException {
        int listenPort = Integer.parseInt(args[0]);
        String targetHost = args[1];
        int targetPort = Integer.parseInt(args[2]);
        Path control = Path.of(args[3]);
        Thread.ofVirtual().start(() -> watch(control));
        try (var server = new ServerSocket(listenPort, 200, InetAddress.getLoopbackAddress())) {
            System.out.printf(
                    "latency proxy 127.0.0.1:%d -> %s:%d, latency from %s%n",
                    listenPort, targetHost, targetPort, control);
            while (true) {
                var client = server.accept();
                Thread.ofVirtual().start(() -> connect(client, targetHost, targetPort));
            }
        }
    }

    private static void watch(Path control) {
        while (true) {
            try {
                latencyMillis = Files.exists(control)
                        ? Long.parseLong(Files.readString(control).strip())
                        : 0;
                Thread.sleep(Duration.ofMillis(200));
            } catch (IOException | NumberFormatException e) {
                // A half-written control file: keep the last value, read again next time.
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void connect(Socket client, String host, int port) {
        try (client;
                var upstream = new Socket(host, port)) {
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            var back = Thread.ofVirtual().start(() -> pump(upstream, client));
            pump(client, upstream);
            back.join();
        } catch (IOException | InterruptedException e) {
            // The app or the database closed its side: nothing to keep.
        }
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) != -1) {
                long delay = latencyMillis;
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // Closed on either side.
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
