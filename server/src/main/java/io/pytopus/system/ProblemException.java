package io.pytopus.system;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure the client can act on, answered as an RFC 9457 problem document.
 *
 * <p>The {@code code} is stable and machine-readable (for example {@code NOT_HUNGRY}); the UI
 * switches on it, so never rename one. The problem {@code type} is derived from it.
 */
public class ProblemException extends RuntimeException {

    private static final String TYPE_BASE = "https://pytopus.io/problems/";

    private final HttpStatus status;
    private final String code;
    private final HttpHeaders headers = new HttpHeaders();
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String code, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.status = Objects.requireNonNull(status, "status");
        this.code = Objects.requireNonNull(code, "code");
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "NOT_FOUND", what + " was not found.");
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, code, detail);
    }

    /** 429 {@code RATE_LIMITED}, telling the client when to retry (whole seconds, at least one). */
    public static ProblemException rateLimited(Duration retryAfter) {
        long seconds = wholeSeconds(retryAfter);
        return new ProblemException(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "RATE_LIMITED",
                        "Too many attempts. Please wait " + seconds + " s before trying again.")
                .retryAfter(seconds);
    }

    /**
     * 503: a part the request needs is down or too slow right now; nothing was changed, and the
     * client may retry after the given time (whole seconds, at least one).
     */
    public static ProblemException unavailable(String code, String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, code, detail).retryAfter(wholeSeconds(retryAfter));
    }

    /** Whole seconds, rounded up, at least one: what {@code Retry-After} can say. */
    public static long wholeSeconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    private ProblemException retryAfter(long seconds) {
        return withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).withProperty("retryAfterSeconds", seconds);
    }

    /** Adds a response header, such as {@code Retry-After}. */
    public ProblemException withHeader(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /** Adds a member to the problem document, next to {@code code}. */
    public ProblemException withProperty(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public HttpHeaders headers() {
        return HttpHeaders.readOnlyHttpHeaders(headers);
    }

    public URI type() {
        return typeFor(code);
    }

    /** The problem document this exception is answered with. */
    public ProblemDetail toProblemDetail() {
        var problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(type());
        problem.setProperty("code", code);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** The problem {@code type} URI of a code, for problems not raised as this exception. */
    public static URI typeFor(String code) {
        return URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-'));
    }
}
