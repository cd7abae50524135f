package io.pytopus.devservices;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A real SMTP server: GreenMail, in this JVM, keeping what it receives in memory (nothing to keep
 * between runs: mail that matters is in the application's PostgreSQL outbox until sent). It accepts
 * every sender and recipient, with or without authentication, which is what a mail catcher does.
 *
 * <p>It can be stopped and started again on the same port ({@link EmbeddedSmtp}), so a test can show
 * that mail sent while SMTP is down is delivered once it is back. Messages received before a stop
 * are gone after it.
 */
final class SmtpEngine implements DevService {

    static final String NAME = Engine.SMTP.displayName();

    private final int requestedPort;
    private final ThreadGroup threads = new ThreadGroup("smtp-server");
    private volatile @Nullable GreenMail server;
    private int port;

    SmtpEngine(int requestedPort) {
        this.requestedPort = requestedPort;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        if (port == 0) {
            port = LocalPorts.resolve(NAME, requestedPort);
        } else {
            // A restart takes the port it had: the application was told that one.
            LocalPorts.requireFree(NAME, port);
        }
        var setup = new ServerSetup(port, LocalPorts.HOST, ServerSetup.PROTOCOL_SMTP);
        var greenMail = new GreenMail(setup);
        try {
            startInOwnThreadGroup(greenMail);
        } catch (RuntimeException e) {
            throw new DevServiceStartException(NAME, String.valueOf(e.getMessage()), e);
        }
        server = greenMail;
        // A watch ends once the engine's threads have; a restart needs a new one.
        ApplicationExitWatch.start(threads, this::stop);
    }

    /**
     * GreenMail's server and connection threads are created by the thread that starts it; starting
     * from a thread of the engine's own group lets {@link ApplicationExitWatch} tell them apart.
     */
    private void startInOwnThreadGroup(GreenMail greenMail) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread starter = Thread.ofPlatform()
                .group(threads)
                .name("smtp-server-start")
                .start(() -> {
                    try {
                        greenMail.start();
                    } catch (RuntimeException e) {
                        failure.set(e);
                    }
                });
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevServiceStartException(NAME, "interrupted while starting", e);
        }
        if (failure.get() != null) {
            greenMail.stop();
            throw failure.get();
        }
    }

    @Override
    public synchronized void stop() {
        GreenMail running = server;
        server = null;
        if (running != null) {
            running.stop();
        }
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    int port() {
        return port;
    }

    /** Every message received since the last start, oldest first. */
    List<MimeMessage> received() {
        GreenMail running = server;
        return running == null ? List.of() : List.of(running.getReceivedMessages());
    }

    @Override
    public String address() {
        return "smtp://" + LocalPorts.HOST + ":" + port;
    }

    @Override
    public Map<String, String> springProperties() {
        return port == 0
                ? Map.of()
                : Map.of("spring.mail.host", LocalPorts.HOST, "spring.mail.port", Integer.toString(port));
    }
}
