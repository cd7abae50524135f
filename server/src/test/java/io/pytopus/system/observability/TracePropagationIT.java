package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.support.micrometer.RabbitMessageReceiverContext;
import org.springframework.amqp.rabbit.support.micrometer.RabbitMessageSenderContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * A request's trace goes with the events it causes (ADR 0018): the HTTP server span continues the
 * caller's {@code traceparent}, the outbox relay sends the event within that trace (the observation
 * follows it onto the relay's thread), RabbitMQ carries the context in the message headers, and the
 * worker's delivery observation continues it, so the worker's log lines carry the request's trace
 * id.
 *
 * <p>The shared application context is kept: a recording observation handler is added to its
 * registry, watching only the trace ids this test makes up.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class TracePropagationIT {

    private static final Recorder RECORDER = new Recorder();

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObservationRegistry observations;

    @BeforeEach
    void watchRabbitObservations() {
        RECORDER.registerOnce(observations);
    }

    @Test
    void aCareActionsTraceReachesTheRelayAndTheWorkersThatHandleItsEvent() {
        var owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
        var traceId = HexFormat.of().formatHex(randomBytes(16));
        RECORDER.watch(traceId);

        var egg = owner.send(
                HttpMethod.POST,
                "/api/v1/pets",
                Map.of("name", "Tracy", "species", "COMMON", "color", "#c8553d"),
                Map.of("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01"));
        assertThat(egg.code()).isEqualTo(201);

        // PetHatched goes to the journal (pet.#) among others: sent by the relay, received by a worker.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(RECORDER.sent(traceId)).contains("pet.hatched");
            assertThat(RECORDER.received(traceId)).contains("pytopus.journal");
        });
    }

    @Test
    void aRequestWithoutTraceparentStartsATraceOfItsOwnThatTheWorkerContinues() {
        var owner = new Browser(http);
        assertThat(owner.register().code()).isEqualTo(201);
        RECORDER.watchNextHatch();

        var egg = owner.post("/api/v1/pets", Map.of("name", "Fresh", "species", "DUMBO", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var traceId = RECORDER.nextHatchTrace();
            assertThat(traceId).isNotNull().hasSize(32).isNotEqualTo("0".repeat(32));
            assertThat(RECORDER.received(traceId)).contains("pytopus.journal");
        });
    }

    private static byte[] randomBytes(int n) {
        var bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zeros, which W3C forbids
        return bytes;
    }

    /** Records the routing keys sent and the queues received per trace id, for watched traces only. */
    static final class Recorder implements ObservationHandler<Observation.Context> {

        private final Set<String> watched = ConcurrentHashMap.newKeySet();
        private final Map<String, Set<String>> sent = new ConcurrentHashMap<>();
        private final Map<String, Set<String>> received = new ConcurrentHashMap<>();
        private volatile boolean registered;
        private volatile boolean watchingNextHatch;
        private volatile String nextHatchTrace;

        synchronized void registerOnce(ObservationRegistry registry) {
            if (!registered) {
                registry.observationConfig().observationHandler(this);
                registered = true;
            }
        }

        void watch(String traceId) {
            watched.add(traceId);
        }

        void watchNextHatch() {
            nextHatchTrace = null;
            watchingNextHatch = true;
        }

        String nextHatchTrace() {
            return nextHatchTrace;
        }

        Set<String> sent(String traceId) {
            return sent.getOrDefault(traceId, Set.of());
        }

        Set<String> received(String traceId) {
            return received.getOrDefault(traceId, Set.of());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof RabbitMessageSenderContext || context instanceof RabbitMessageReceiverContext;
        }

        @Override
        public void onStop(Observation.Context context) {
            TracingObservationHandler.TracingContext tracing =
                    context.get(TracingObservationHandler.TracingContext.class);
            if (tracing == null || tracing.getSpan() == null) {
                return;
            }
            var traceId = tracing.getSpan().context().traceId();
            switch (context) {
                case RabbitMessageSenderContext sending -> {
                    var routingKey = sending.getRoutingKey();
                    if (watchingNextHatch && "pet.hatched".equals(routingKey)) {
                        watchingNextHatch = false;
                        watched.add(traceId);
                        nextHatchTrace = traceId;
                    }
                    record(sent, traceId, routingKey);
                }
                case RabbitMessageReceiverContext receiving ->
                    record(
                            received,
                            traceId,
                            receiving.getCarrier().getMessageProperties().getConsumerQueue());
                default -> {}
            }
        }

        private void record(Map<String, Set<String>> into, String traceId, String what) {
            if (watched.contains(traceId) && what != null) {
                into.computeIfAbsent(traceId, id -> ConcurrentHashMap.newKeySet())
                        .add(what);
            }
        }
    }
}
