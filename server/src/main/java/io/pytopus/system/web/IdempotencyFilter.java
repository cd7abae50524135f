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

/**
 * Makes {@code POST} retries safe: with an {@code Idempotency-Key} header, the first response to a key
 * is stored and replayed to every retry with the same body for 24 hours; the same key with another
 * body is a 422. Keys belong to the signed-in user (anonymous requests are not deduplicated).
 *
 * <p>A key is claimed before the request runs, so two concurrent retries cannot both act: the second
 * gets a 409 while the first is in flight. A 5xx releases the key, so the client can try again.
 * Runs after Spring Security, which has already authenticated the request and checked its CSRF token.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
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
        String principal = authentication.getName();
        String fingerprint = fingerprint(request, cached.body());

        switch (keys.claim(principal, key, fingerprint)) {
            case IdempotencyKeys.Claim.Claimed claimed -> run(cached, response, chain, principal, key);
            case IdempotencyKeys.Claim.Replay replay -> {
                response.setStatus(replay.status());
                if (replay.contentType() != null) {
                    response.setContentType(replay.contentType());
                }
                response.setHeader("Idempotent-Replayed", "true");
                response.getOutputStream().write(replay.body());
            }
            case IdempotencyKeys.Claim.InFlight inFlight -> {
                response.setHeader("Retry-After", "1");
                problems.write(
                        response,
                        new ProblemException(
                                HttpStatus.CONFLICT,
                                "IDEMPOTENCY_KEY_IN_FLIGHT",
                                "A request with this Idempotency-Key is still being processed; retry shortly."));
            }
            case IdempotencyKeys.Claim.Mismatch mismatch ->
                problems.write(
                        response,
                        new ProblemException(
                                HttpStatus.UNPROCESSABLE_CONTENT,
                                "IDEMPOTENCY_KEY_REUSED",
                                "This Idempotency-Key was used for a different request; use a new key for a new request."));
        }
    }

    private void run(
            CachedBodyRequest request, HttpServletResponse response, FilterChain chain, String principal, String key)
            throws ServletException, IOException {
        var recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, recorded);
            completed = recorded.getStatus() < 500;
        } finally {
            if (completed) {
                keys.complete(
                        principal,
                        key,
                        recorded.getStatus(),
                        recorded.getContentType(),
                        recorded.getContentAsByteArray());
            } else {
                keys.release(principal, key);
            }
            recorded.copyBodyToResponse();
        }
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
