package io.pytopus.system.web;

import io.pytopus.system.IdempotencyKey;
import io.pytopus.system.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Settles how a request's {@code Idempotency-Key} is stored once its handler is known (see {@link
 * IdempotencyFilter}): a handler that takes an {@link IdempotencyKey} records it in its own write;
 * for any other, the key is claimed here, before the handler runs, and a retry is answered here with
 * the stored response. Also resolves the {@link IdempotencyKey} parameter.
 */
final class IdempotencyInterceptor implements HandlerInterceptor, HandlerMethodArgumentResolver {

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;

    IdempotencyInterceptor(IdempotencyKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(request.getAttribute(IdempotencyFilter.PENDING) instanceof PendingIdempotencyKey pending)) {
            return true;
        }
        if (handler instanceof HandlerMethod method
                && Arrays.stream(method.getMethodParameters()).anyMatch(this::supportsParameter)) {
            pending.mode = PendingIdempotencyKey.Mode.INLINE;
            return true;
        }
        var claim = keys.claim(pending.principal, pending.key, pending.fingerprint);
        if (claim instanceof IdempotencyKeys.Claim.Claimed) {
            pending.mode = PendingIdempotencyKey.Mode.CLAIMED;
            return true;
        }
        answer(claim, response, problems);
        return false;
    }

    /** Answers a request whose key was used before: the stored response, or why there is none. */
    static void answer(IdempotencyKeys.Claim claim, HttpServletResponse response, ProblemResponses problems)
            throws IOException {
        switch (claim) {
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
            case IdempotencyKeys.Claim.Claimed claimed ->
                throw new IllegalArgumentException("a claimed key has no answer yet");
        }
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == IdempotencyKey.class;
    }

    @Override
    public IdempotencyKey resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        var pending = webRequest.getAttribute(IdempotencyFilter.PENDING, NativeWebRequest.SCOPE_REQUEST);
        return pending instanceof PendingIdempotencyKey key ? key : IdempotencyKey.NONE;
    }
}
