package io.pytopus.system;

import java.net.URI;
import java.util.Objects;
import org.springframework.http.HttpStatus;

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

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public URI type() {
        return URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-'));
    }
}
