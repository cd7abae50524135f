package io.pytopus.system.web;

import io.pytopus.system.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes {@code POST} retries safe: with an {@code Idempotency-Key} header, the first response to a key
 * is stored and replayed to every retry with the same body for 24 hours; the same key with another
 * body is a 422. Keys belong to the signed-in user (anonymous requests are not deduplicated).
 *
 * <p>This filter validates the key, fingerprints the request and keeps its response; {@link
 * IdempotencyInterceptor} then settles how the key is stored, once the handler is known:
 *
 * <ul>
 *   <li>claimed before the handler runs, so two concurrent retries cannot both act (the second gets a
 *       409 while the first is in flight), and completed with the response after it; a 5xx releases
 *       the key, so the client can try again;
 *   <li>or, for a handler that takes an {@link io.pytopus.system.IdempotencyKey} (a hot path, ADR
 *       0028), written by the handler along with its change. A second request with the key then fails
 *       its write, and gets the stored response instead; a response the handler did not record (a
 *       refusal) is recorded here, after it, unless the key turns out to be taken.
 * </ul>
 *
 * <p>Runs after Spring Security, which has already authenticated the request and checked its CSRF token.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String PENDING = IdempotencyFilter.class.getName() + ".pending";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems, JsonMapper json) {
        this.keys = keys;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            problems.write(
                    response,
                    new ProblemException(
                            HttpStatus.BAD_REQUEST,
                            "INVALID_IDEMPOTENCY_KEY",
                            "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                                    + " visible ASCII characters, such as a UUID."));
            return;
        }
        // The body-size limit runs earlier, so reading the whole body here is bounded.
        var cached = new CachedBodyRequest(request);
        var pending = new PendingIdempotencyKey(
                authentication.getName(), key, fingerprint(request, cached.body()), keys, json);
        cached.setAttribute(PENDING, pending);
        var recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, recorded);
            completed = recorded.getStatus() < 500;
        } finally {
            switch (pending.mode) {
                case CLAIMED -> settleClaim(pending, recorded, completed);
                case INLINE -> {
                    if (completed || pending.taken) {
                        settleInline(pending, recorded, cached, chain);
                    }
                }
                case NONE -> {}
            }
            recorded.copyBodyToResponse();
        }
    }

    private void settleClaim(PendingIdempotencyKey pending, ContentCachingResponseWrapper recorded, boolean completed) {
        if (completed) {
            keys.complete(
                    pending.principal,
                    pending.key,
                    recorded.getStatus(),
                    recorded.getContentType(),
                    recorded.getContentAsByteArray());
        } else {
            keys.release(pending.principal, pending.key);
        }
    }

    /**
     * After a handler that records its key itself: nothing to do when its write recorded it; a
     * response it did not record is recorded now; and when the key was taken, by this request's own
     * earlier attempt or a concurrent one, the stored response replaces this one.
     */
    private void settleInline(
            PendingIdempotencyKey pending,
            ContentCachingResponseWrapper recorded,
            CachedBodyRequest request,
            FilterChain chain)
            throws ServletException, IOException {
        if (pending.recorded) {
            return;
        }
        if (!pending.taken
                && keys.record(
                        pending.principal,
                        pending.key,
                        pending.fingerprint,
                        new IdempotencyKeys.Response(
                                recorded.getStatus(), recorded.getContentType(), recorded.getContentAsByteArray()))) {
            return;
        }
        var stored = keys.lookup(pending.principal, pending.key, pending.fingerprint);
        // Nothing was sent yet: this response was only kept. (Security headers are written later, at commit.)
        recorded.reset();
        if (stored.isEmpty()) {
            // The key had expired, and is gone now: this request is as new, so it runs once more.
            pending.taken = false;
            pending.mode = PendingIdempotencyKey.Mode.NONE;
            chain.doFilter(request, recorded);
            if (pending.mode == PendingIdempotencyKey.Mode.INLINE && (recorded.getStatus() < 500 || pending.taken)) {
                settleInline(pending, recorded, request, chain);
            }
            return;
        }
        IdempotencyInterceptor.answer(stored.get(), recorded, problems);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
