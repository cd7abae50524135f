package io.pytopus.system.web;

import io.pytopus.system.IdempotencyKey;
import io.pytopus.system.ProblemException;
import io.pytopus.system.WriteAlong;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key of one request as {@link IdempotencyFilter} validated it, and how it was settled: claimed
 * before the handler ({@link Mode#CLAIMED}), or left to a handler that records it in its own write
 * ({@link Mode#INLINE}).
 */
final class PendingIdempotencyKey implements IdempotencyKey {

    enum Mode {
        /** No handler was reached (an unknown path, a rejected request): nothing to record. */
        NONE,
        /** Claimed before the handler; its response completes the claim. */
        CLAIMED,
        /** The handler records the key in its own write. */
        INLINE
    }

    final String principal;
    final String key;
    final String fingerprint;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    volatile Mode mode = Mode.NONE;
    /** The handler's write committed the response with the key. */
    volatile boolean recorded;
    /** The handler's write found the key taken by another request. */
    volatile boolean taken;

    PendingIdempotencyKey(String principal, String key, String fingerprint, IdempotencyKeys keys, JsonMapper json) {
        this.principal = principal;
        this.key = key;
        this.fingerprint = fingerprint;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public boolean present() {
        return true;
    }

    @Override
    public Optional<WriteAlong> recording(Object body) {
        var response = new IdempotencyKeys.Response(
                HttpStatus.OK.value(), MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(body));
        var along = keys.along(this, response);
        return Optional.of(new WriteAlong() {
            @Override
            public String sql(String guard, String prefix) {
                return along.sql(guard, prefix);
            }

            @Override
            public Map<String, Object> parameters(String prefix) {
                return along.parameters(prefix);
            }

            @Override
            public void committed() {
                recorded = true;
            }
        });
    }

    @Override
    public RuntimeException replayInsteadOf(RuntimeException failure) {
        if (failure instanceof DataIntegrityViolationException && IdempotencyKeys.isKeyTaken(failure)) {
            taken = true;
            // Answered only if the stored response cannot be found; the filter replaces it.
            return new ProblemException(
                            HttpStatus.CONFLICT,
                            "IDEMPOTENCY_KEY_IN_FLIGHT",
                            "A request with this Idempotency-Key is still being processed; retry shortly.")
                    .withHeader("Retry-After", "1");
        }
        return failure;
    }
}
