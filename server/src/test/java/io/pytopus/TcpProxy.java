package io.pytopus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the application and a server (the broker), that a test can {@link #cut()}:
 * the live connections are reset and new ones are reset as soon as they arrive, exactly what the
 * application sees when the server is unreachable, until {@link #restore()}. Plain sockets, one
 * virtual thread per direction of each connection.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    /** Both ends of every connection bridged now. */
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private volatile boolean cut;

    private TcpProxy(ServerSocket server, InetSocketAddress upstream) {
        this.server = server;
        this.upstream = upstream;
        Thread.ofVirtual().name("tcp-proxy-accept").start(this::accept);
    }

    /** A proxy on a free port of the loopback address, forwarding to {@code host:port}. */
    public static TcpProxy to(String host, int port) {
        try {
            return new TcpProxy(
                    new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Resets every live connection and every new one, until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(this::reset);
    }

    /** Forwards new connections again. */
    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        try {
            server.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            // Registered before the check, so a cut() racing this connection resets it too.
            open.add(client);
            if (cut) {
                reset(client);
            } else {
                Thread.ofVirtual().name("tcp-proxy-bridge").start(() -> bridge(client));
            }
        }
    }

    private void bridge(Socket client) {
        var server = new Socket();
        open.add(server);
        try {
            server.connect(upstream, 5_000);
            if (cut || client.isClosed()) {
                throw new IOException("cut while connecting");
            }
            Thread.ofVirtual().name("tcp-proxy-up").start(() -> pump(client, server));
            pump(server, client);
        } catch (IOException e) {
            reset(client);
            reset(server);
        }
    }

    /** Copies one direction until either side ends, then ends both. */
    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // One side ended or was reset.
        } finally {
            reset(from);
            reset(to);
        }
    }

    private void reset(Socket socket) {
        open.remove(socket);
        try {
            if (!socket.isClosed()) {
                socket.setSoLinger(true, 0); // RST, not FIN: the peer learns at once
                socket.close();
            }
        } catch (IOException e) {
            // Already gone.
        }
    }
}
