package io.pytopus.devservices;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Ports on the loopback address, where every engine listens. */
final class LocalPorts {

    static final String HOST = "127.0.0.1";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private LocalPorts() {}

    /** The requested port once checked free, or a free port when 0 was requested. */
    static int resolve(String engine, int requested) {
        if (requested == 0) {
            return pickFree(engine);
        }
        requireFree(engine, requested);
        return requested;
    }

    /**
     * Fails with a clear message when something listens on the port. Binding is the only reliable
     * test: it also catches a listener on the wildcard address, which a connect would miss on some
     * set-ups.
     */
    static void requireFree(String engine, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException e) {
            throw new DevServiceStartException(engine, inUse(port), e);
        }
    }

    static String inUse(int port) {
        return "port " + port + " on " + HOST + " is already in use";
    }

    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int pickFree(String engine) {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevServiceStartException(engine, "no free port on " + HOST, e);
        }
    }
}
