package io.pytopus.live.internal;

import java.time.Duration;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/** What a stream writes: an event, a {@code resync}, a heartbeat comment, the reconnect hint, or its end. */
sealed interface Frame {

    /** {@code :heartbeat}. */
    Frame HEARTBEAT = new Heartbeat();

    /** {@code event: resync} with {@code data: {}}: "refetch everything", when a replay is impossible. */
    Frame RESYNC = new Resync();

    /** Ends the stream; not written. */
    Frame END = new End();

    /** This frame as SSE fields; a fresh builder each time, since a builder is used once. */
    SseEventBuilder toSse();

    record Event(LiveEvent event) implements Frame {
        @Override
        public SseEventBuilder toSse() {
            return SseEmitter.event().id(event.id()).name(event.name()).data(event.data());
        }
    }

    record Retry(Duration delay) implements Frame {
        @Override
        public SseEventBuilder toSse() {
            return SseEmitter.event().reconnectTime(delay.toMillis());
        }
    }

    record Heartbeat() implements Frame {
        @Override
        public SseEventBuilder toSse() {
            return SseEmitter.event().comment("heartbeat");
        }
    }

    record Resync() implements Frame {
        @Override
        public SseEventBuilder toSse() {
            return SseEmitter.event().name("resync").data("{}");
        }
    }

    record End() implements Frame {
        @Override
        public SseEventBuilder toSse() {
            throw new IllegalStateException("the end of a stream is not written");
        }
    }
}
