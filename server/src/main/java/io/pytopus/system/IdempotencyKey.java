package io.pytopus.system;

import java.util.Optional;

/**
 * The {@code Idempotency-Key} of a request, for a handler on a hot path that records the key in its
 * own write statement instead of around it (ADR 0028). Declare a controller method parameter of this
 * type: the key is then not claimed before the handler runs (which costs PostgreSQL round trips of
 * its own); the handler adds {@link #recording} to its write, so the change and the response that
 * replays it commit together.
 *
 * <p>A retry of a request that already committed fails that write on the key; the handler throws
 * {@link #replayInsteadOf} then, and the stored response is sent again. A response the handler did
 * not record itself (a refusal, a validation error) is recorded after it, as for every other
 * endpoint. Without the header, {@link #present()} is false and nothing is recorded.
 */
public interface IdempotencyKey {

    /** No key: for callers outside a request, or requests without the header. */
    IdempotencyKey NONE = new IdempotencyKey() {
        @Override
        public boolean present() {
            return false;
        }

        @Override
        public Optional<WriteAlong> recording(Object body) {
            return Optional.empty();
        }

        @Override
        public RuntimeException replayInsteadOf(RuntimeException failure) {
            return failure;
        }
    };

    /** Whether the request carries a key. */
    boolean present();

    /**
     * The response {@code 200 OK} with {@code body} as JSON (as Spring MVC will write it) recorded for
     * this key, as part of the handler's write statement; empty when the request carries no key.
     */
    Optional<WriteAlong> recording(Object body);

    /**
     * What to throw when a write carrying {@link #recording} failed with {@code failure}: if the key
     * was recorded first by another request with the same key, an exception that makes the stored
     * response be sent instead; otherwise {@code failure} itself.
     */
    RuntimeException replayInsteadOf(RuntimeException failure);
}
