package io.pytopus.system.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a request's trace across the outbox (ADR 0018): its W3C {@code traceparent} is stored with
 * each event it causes, and the relay, which sends events of many requests in one batch, sends each
 * inside a span continuing that event's own trace, so RabbitMQ's sender observation and the workers
 * after it stay in the request's trace.
 */
final class TraceParents {

    private static final String HEADER = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    /** Both null when tracing is off: then no trace is stored or continued. */
    TraceParents(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace as a {@code traceparent}, or null outside any trace. */
    String current() {
        if (tracer == null || propagator == null) {
            return null;
        }
        var context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        propagator.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** Runs {@code send} within a span of the given trace (directly when there is none). */
    void within(String traceParent, Runnable send) {
        if (traceParent == null || tracer == null || propagator == null) {
            send.run();
            return;
        }
        Span span = propagator
                .extract(Map.of(HEADER, traceParent), (carrier, key) -> carrier.get(key))
                .name("outbox relay")
                .start();
        try (var scope = tracer.withSpan(span)) {
            send.run();
        } finally {
            span.end();
        }
    }
}
