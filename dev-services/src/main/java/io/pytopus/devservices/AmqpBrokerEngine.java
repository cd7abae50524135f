package io.pytopus.devservices;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.SystemConfig;
import org.jspecify.annotations.Nullable;

/**
 * An AMQP 0-9-1 broker: Apache Qpid Broker-J, in this JVM, with messages in memory (events wait in
 * the PostgreSQL outbox, so a restart loses nothing that matters). Spring AMQP talks to it as to
 * RabbitMQ, except that it refuses RabbitMQ-only queue arguments such as {@code x-message-ttl}.
 *
 * <p>The virtual host is called {@code default}. Qpid also maps "/" and "" to it, but the explicit
 * name in {@code amqp://guest:guest@127.0.0.1:PORT/default} reads the same to every URI parser
 * (Spring Boot's takes a bare trailing "/" as "/", the RabbitMQ client's as "").
 */
final class AmqpBrokerEngine implements DevService {

    static final String NAME = Engine.AMQP.displayName();
    static final String VIRTUAL_HOST = "default";
    static final String USER = "guest";
    private static final String CONFIG = "amqp-broker.json";

    private final Path directory;
    private final int requestedPort;
    private final ThreadGroup threads = new ThreadGroup("amqp-broker");
    private volatile @Nullable SystemLauncher broker;
    private int port;

    AmqpBrokerEngine(Path directory, int requestedPort) {
        this.directory = directory;
        this.requestedPort = requestedPort;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized void start() {
        if (broker != null) {
            return;
        }
        port = LocalPorts.resolve(NAME, requestedPort);
        AtomicReference<RuntimeException> startupError = new AtomicReference<>();
        SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void errorOnStartup(RuntimeException e) {
                startupError.set(e);
            }
        });
        broker = launcher;
        try {
            Files.createDirectories(directory);
            startInOwnThreadGroup(launcher);
        } catch (Exception e) {
            stop();
            throw new DevServiceStartException(NAME, String.valueOf(e.getMessage()), e);
        }
        // startup() reports a bad configuration to the listener only, and may leave no port open.
        if (!LocalPorts.isListening(port)) {
            stop();
            RuntimeException cause = startupError.get();
            String reason = cause == null ? "nothing listens on port " + port + " after startup" : cause.getMessage();
            throw new DevServiceStartException(NAME, String.valueOf(reason), cause);
        }
        ApplicationExitWatch.start(threads, this::stop);
    }

    /**
     * Qpid's threads are not daemons, so they would keep a JVM alive after its application has
     * ended (a command-line run whose main method returned waits forever). Starting the broker from
     * a thread of its own group puts every thread it creates in that group, which is how {@link
     * ApplicationExitWatch} tells the broker's threads from the application's.
     */
    private void startInOwnThreadGroup(SystemLauncher launcher) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread starter = Thread.ofPlatform()
                .group(threads)
                .name("amqp-broker-start")
                .start(() -> {
                    try {
                        launcher.startup(systemConfig());
                    } catch (Exception e) {
                        failure.set(e);
                    }
                });
        starter.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private Map<String, Object> systemConfig() {
        URL config = AmqpBrokerEngine.class.getResource(CONFIG);
        if (config == null) {
            throw new DevServiceStartException(NAME, CONFIG + " is missing from the classpath");
        }
        Map<String, Object> attributes = new HashMap<>();
        // The whole configuration lives in memory: nothing to clean up, nothing stale on the next start.
        attributes.put(SystemConfig.TYPE, "Memory");
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, config.toExternalForm());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
        attributes.put(
                "context",
                Map.of("qpid.amqp_port", Integer.toString(port), SystemConfig.QPID_WORK_DIR, directory.toString()));
        return attributes;
    }

    /** Synchronized: the exit watch may stop the broker while the application does too. */
    @Override
    public synchronized void stop() {
        SystemLauncher running = broker;
        broker = null;
        if (running != null) {
            try {
                running.shutdown();
            } catch (IllegalStateException alreadyClosed) {
                // Qpid registers its own JVM shutdown hook; on Ctrl-C it may have closed the broker
                // first, and a second close finds its task executor gone. Nothing is left to stop.
            }
        }
    }

    @Override
    public String address() {
        return uri().replace(USER + ":" + USER + "@", "");
    }

    private String uri() {
        return "amqp://" + USER + ":" + USER + "@" + LocalPorts.HOST + ":" + port + "/" + VIRTUAL_HOST;
    }

    @Override
    public Map<String, String> springProperties() {
        return broker == null ? Map.of() : Map.of("spring.rabbitmq.addresses", uri());
    }
}
