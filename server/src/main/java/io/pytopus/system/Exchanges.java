package io.pytopus.system;

/**
 * The RabbitMQ exchanges every module shares (DESIGN §3, data flow 3–4). Both are topic exchanges,
 * declared by the system module; each consumer declares and binds its own queues.
 */
public final class Exchanges {

    /** Committed domain events, routed by keys such as {@code pet.care-given}. */
    public static final String EVENTS = "pytopus.events";

    /**
     * Messages a consumer gave up on after its retries, routed by the name of the queue they came
     * from, so {@code <queue>.dead} bound with key {@code <queue>} collects that consumer's failures.
     */
    public static final String DEAD = "pytopus.dead";

    private Exchanges() {}
}
