package io.pytopus.live.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.system.ProblemException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open streams of this instance, by user, and the replay buffer behind them.
 *
 * <p>One lock orders everything that touches a user's streams: an event is buffered and queued to
 * every stream of its user in one step, and a new stream gets its replay and joins the user's
 * streams in one step, so a reconnect neither misses an event nor gets one twice. Under the lock
 * nothing blocks: frames are only queued, each stream writes its own on its own virtual thread.
 *
 * <p>As a {@link SmartLifecycle} of the default (last) phase it stops before the web server's
 * graceful shutdown, which would otherwise wait for these never-ending requests: it ends every stream
 * (browsers reconnect to another instance) and refuses new ones.
 */
class LiveStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final LiveProperties properties;
    private final LongSupplier ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReplayBuffer buffer;
    private final Map<UUID, ArrayDeque<StreamConnection>> streams = new HashMap<>();
    private final Counter forwarded;
    private final Counter duplicates;
    private final Counter resyncs;
    private volatile boolean running;

    LiveStreams(LiveProperties properties, LongSupplier ticker, MeterRegistry meters) {
        this.properties = properties;
        this.ticker = ticker;
        var replay = properties.replay();
        this.buffer = new ReplayBuffer(replay.maxEventsPerUser(), replay.maxEvents(), replay.maxAge());
        Gauge.builder("pytopus.live.connections", this, LiveStreams::connections)
                .description("Open live event streams on this instance")
                .baseUnit("connections")
                .register(meters);
        forwarded = events(meters, "forwarded");
        duplicates = events(meters, "duplicate");
        resyncs = Counter.builder("pytopus.live.resyncs")
                .description("Reconnects whose Last-Event-ID could not be replayed, answered with resync")
                .register(meters);
    }

    private static Counter events(MeterRegistry meters, String outcome) {
        return Counter.builder("pytopus.live.events")
                .description("Events received for the live streams: forwarded, or dropped as a redelivery")
                .tag("outcome", outcome)
                .register(meters);
    }

    /**
     * Opens a stream for {@code userId}: the reconnect hint first, then, for a reconnect, what it
     * missed after {@code lastEventId} or {@code resync}; then every new event of the user. Opening
     * more than {@code max-connections-per-user} streams closes the oldest.
     *
     * @throws ProblemException 503 {@code SHUTTING_DOWN} once this instance is stopping
     */
    SseEmitter open(UUID userId, @Nullable String lastEventId) {
        if (!running) {
            throw new ProblemException(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "SHUTTING_DOWN",
                            "This server is shutting down; connect again to reach another one.")
                    .withHeader("Retry-After", "1");
        }
        var stream = new StreamConnection(
                userId, properties.maxConnectionAge(), properties.maxPendingPerConnection(), this::finished);
        List<StreamConnection> surplus = new ArrayList<>();
        lock.lock();
        try {
            stream.offer(new Frame.Retry(properties.reconnectDelay()));
            if (lastEventId != null) {
                var missed = buffer.after(userId, lastEventId, ticker.getAsLong());
                if (missed.isPresent()) {
                    missed.get().forEach(event -> stream.offer(new Frame.Event(event)));
                } else {
                    stream.offer(Frame.RESYNC);
                    resyncs.increment();
                }
            }
            var mine = streams.computeIfAbsent(userId, user -> new ArrayDeque<>());
            mine.addLast(stream);
            while (mine.size() > properties.maxConnectionsPerUser()) {
                surplus.add(mine.removeFirst());
            }
        } finally {
            lock.unlock();
        }
        surplus.forEach(StreamConnection::close);
        stream.start();
        return stream.emitter();
    }

    /** Buffers an event and queues it to its user's streams here, unless it is a redelivery. */
    void publish(LiveEvent event) {
        lock.lock();
        try {
            if (!buffer.add(event, ticker.getAsLong())) {
                duplicates.increment();
                return;
            }
            forwarded.increment();
            var mine = streams.get(event.userId());
            if (mine != null) {
                var frame = new Frame.Event(event);
                mine.forEach(stream -> stream.offer(frame));
            }
        } finally {
            lock.unlock();
        }
    }

    /** A comment on every stream, so idle ones stay open and dead ones are noticed; old events go. */
    @Scheduled(initialDelayString = "${pytopus.live.heartbeat}", fixedDelayString = "${pytopus.live.heartbeat}")
    void heartbeat() {
        for (var stream : all()) {
            stream.offer(Frame.HEARTBEAT);
        }
        lock.lock();
        try {
            buffer.prune(ticker.getAsLong());
        } finally {
            lock.unlock();
        }
    }

    int connections() {
        lock.lock();
        try {
            return streams.values().stream().mapToInt(ArrayDeque::size).sum();
        } finally {
            lock.unlock();
        }
    }

    private List<StreamConnection> all() {
        lock.lock();
        try {
            return streams.values().stream().flatMap(ArrayDeque::stream).toList();
        } finally {
            lock.unlock();
        }
    }

    private void finished(StreamConnection stream) {
        lock.lock();
        try {
            var mine = streams.get(stream.userId());
            if (mine != null && mine.remove(stream) && mine.isEmpty()) {
                streams.remove(stream.userId());
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        stop(() -> {});
    }

    /** Ends every stream, then reports stopped once they are out or {@code shutdown-wait} has passed. */
    @Override
    public void stop(Runnable callback) {
        running = false;
        var open = all();
        open.forEach(StreamConnection::close);
        if (open.isEmpty()) {
            callback.run();
            return;
        }
        log.info("Ending {} live streams", open.size());
        Thread.ofVirtual().name("live-streams-stop").start(() -> {
            long deadline = System.nanoTime() + properties.shutdownWait().toNanos();
            try {
                for (var stream : open) {
                    var left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                    if (!stream.awaitCompleted(left)) {
                        log.warn("Live streams still open after {}", properties.shutdownWait());
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                callback.run();
            }
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
