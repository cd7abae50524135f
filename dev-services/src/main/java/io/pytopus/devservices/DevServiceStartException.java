package io.pytopus.devservices;

import org.jspecify.annotations.Nullable;

/**
 * An engine could not start. The message names the engine and the reason, for example {@code
 * PostgreSQL could not start: port 15432 on 127.0.0.1 is already in use}.
 */
public class DevServiceStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String engine;
    private final String reason;

    public DevServiceStartException(String engine, String reason) {
        this(engine, reason, null);
    }

    public DevServiceStartException(String engine, String reason, @Nullable Throwable cause) {
        super(engine + " could not start: " + reason, cause);
        this.engine = engine;
        this.reason = reason;
    }

    /** The engine that failed, such as {@code PostgreSQL}. */
    public String engine() {
        return engine;
    }

    /** Why it failed, without the engine's name. */
    public String reason() {
        return reason;
    }
}
