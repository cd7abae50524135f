package io.pytopus.live.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: its {@link SseEmitter} and the frames waiting to be written to it.
 *
 * <p>Frames are written by a virtual thread of the connection's own, in the order they were offered,
 * so a slow client blocks nobody else, the request thread is free as soon as the stream is open, and
 * no platform thread waits on a browser. {@link #offer} never blocks: a client that falls more than
 * {@code max-pending-per-connection} frames behind is disconnected, and its reconnect replays what it
 * missed.
 */
final class StreamConnection {

    private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

    private final UUID userId;
    private final SseEmitter emitter;
    private final BlockingQueue<Frame> pending;
    private final int maxPending;
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Counted down once Spring MVC has completed the response (or given up on a vanished client). */
    private final CountDownLatch completed = new CountDownLatch(1);

    private final Consumer<StreamConnection> onFinished;

    StreamConnection(UUID userId, Duration maxAge, int maxPending, Consumer<StreamConnection> onFinished) {
        this.userId = userId;
        this.onFinished = onFinished;
        this.maxPending = maxPending;
        // One place more than frames may wait, so the end of the stream always fits.
        this.pending = new ArrayBlockingQueue<>(maxPending + 1);
        this.emitter = new SseEmitter(maxAge.toMillis());
        // Completing here, not later on the writer, keeps Spring from answering the timeout with an error.
        emitter.onTimeout(() -> {
            close();
            emitter.complete();
        });
        emitter.onError(failure -> close());
        emitter.onCompletion(() -> {
            close();
            completed.countDown();
        });
    }

    UUID userId() {
        return userId;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /** Starts writing; frames offered before are written first. */
    void start() {
        Thread.ofVirtual().name("live-stream-" + userId).start(this::write);
    }

    /**
     * Queues a frame for the client.
     *
     * @return {@code false} when the stream is closing, or the client was too far behind and is now
     *     disconnected
     */
    boolean offer(Frame frame) {
        if (closing.get()) {
            return false;
        }
        if (pending.size() < maxPending && pending.offer(frame)) {
            return true;
        }
        log.debug("A live stream of user {} fell too far behind; closing it", userId);
        close();
        return false;
    }

    /** Ends the stream once the frame being written, if any, is out. Never blocks; idempotent. */
    void close() {
        if (closing.compareAndSet(false, true)) {
            pending.clear();
            pending.offer(Frame.END);
        }
    }

    /** Waits until the response is complete: its last chunk written, or the client gone. */
    boolean awaitCompleted(Duration timeout) throws InterruptedException {
        return completed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void write() {
        try {
            while (true) {
                var frame = pending.take();
                if (frame == Frame.END || closing.get()) {
                    emitter.complete();
                    return;
                }
                emitter.send(frame.toSse());
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away (the container reports that to Spring MVC itself), or the stream
            // was completed meanwhile by a timeout.
            closing.set(true);
            log.debug("A live stream of user {} ended: {}", userId, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.set(true);
            emitter.complete();
        } finally {
            onFinished.accept(this);
        }
    }
}
