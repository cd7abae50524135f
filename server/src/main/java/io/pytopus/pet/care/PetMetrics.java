package io.pytopus.pet.care;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEscaped;
import io.pytopus.pet.PetEvent;
import io.pytopus.pet.PetHatched;
import io.pytopus.pet.PetReleased;
import io.pytopus.pet.simulation.Refusal;
import io.pytopus.pet.simulation.Species;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The pet module's business metrics, charted by the "Pytopus overview" dashboard (ADR 0018):
 *
 * <ul>
 *   <li>{@code pytopus.care.actions{type, outcome, reason}}: actions by API name, {@code applied} or
 *       {@code refused} (with the refusal's code as {@code reason}, {@code none} when applied);
 *   <li>{@code pytopus.pets.hatched{species}}: eggs laid; {@code pytopus.pets.escaped}: octopuses that
 *       escaped to the sea;
 *   <li>{@code pytopus.pets.active}: octopuses with status {@code ACTIVE}, a count refreshed on a
 *       schedule ({@code pytopus.pets.metrics-every}), so a scrape never queries PostgreSQL;
 *   <li>{@code pytopus.cache.gets{cache="pet", result}}: Redis reads of the pet cache, {@code hit},
 *       {@code miss} or {@code error} (Redis unreachable: served from PostgreSQL).
 * </ul>
 *
 * <p>Applied actions, hatches and escapes are counted from the pet events once their transaction
 * has committed; refusals, which store and publish nothing, by {@link PetCare} as they happen.
 */
@Component
class PetMetrics {

    private static final Logger log = LoggerFactory.getLogger(PetMetrics.class);

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Map<Species, Counter> hatched = new EnumMap<>(Species.class);
    private final Counter escaped;
    private final Counter cacheHits;
    private final Counter cacheMisses;
    private final Counter cacheErrors;
    private final AtomicLong active = new AtomicLong();

    PetMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
        for (var species : Species.values()) {
            hatched.put(
                    species,
                    Counter.builder("pytopus.pets.hatched")
                            .description("Eggs laid (the API's hatch)")
                            .tag("species", tagValue(species.name()))
                            .register(registry));
        }
        escaped = Counter.builder("pytopus.pets.escaped")
                .description("Octopuses whose health reached 0 and that escaped to the sea")
                .register(registry);
        cacheHits = cacheGets("hit");
        cacheMisses = cacheGets("miss");
        cacheErrors = cacheGets("error");
        Gauge.builder("pytopus.pets.active", active, AtomicLong::get)
                .description("Octopuses with status ACTIVE (not on vacation, escaped or released)")
                .strongReference(true)
                .register(registry);
    }

    private Counter cacheGets(String result) {
        return Counter.builder("pytopus.cache.gets")
                .description("Reads of a Redis cache by result")
                .tag("cache", "pet")
                .tag("result", result)
                .register(registry);
    }

    /**
     * Counts what committed: every pet event is published inside the transaction that made it
     * happen, by whichever path (the API, the attention scheduler), so counting after its commit
     * counts each once, however often an optimistic-lock conflict retried the transaction.
     */
    @EventListener
    void on(PetEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count(event);
                }
            });
        } else {
            count(event);
        }
    }

    /** Counts events that committed without a transaction around them (a care action's one statement). */
    void committed(List<? extends PetEvent> events) {
        events.forEach(this::count);
    }

    private void count(PetEvent event) {
        switch (event) {
            case PetHatched hatch -> hatched.get(hatch.species()).increment();
            case PetEscaped escape -> escaped.increment();
            case CareGiven care -> action(care.action(), "applied", "none").increment();
            case PetReleased release ->
                action(ActionType.RELEASE.name(), "applied", "none").increment();
            default -> {}
        }
    }

    /** An action the octopus refused; nothing was stored. */
    void refused(ActionType type, Refusal reason) {
        action(type.name(), "refused", tagValue(reason.name())).increment();
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void cacheMiss() {
        cacheMisses.increment();
    }

    void cacheError() {
        cacheErrors.increment();
    }

    /** The builder registers each (type, outcome, reason) once and returns the same counter after. */
    private Counter action(String type, String outcome, String reason) {
        return Counter.builder("pytopus.care.actions")
                .description("Care actions by type and outcome")
                .tag("type", tagValue(type))
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry);
    }

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "${pytopus.pets.metrics-every:60s}")
    void refreshActive() {
        try {
            // The partial index pets_attention_idx covers exactly the ACTIVE rows.
            active.set(jdbc.sql("SELECT count(*) FROM pets WHERE status = 'ACTIVE'")
                    .query(Long.class)
                    .single());
        } catch (RuntimeException e) {
            // PostgreSQL unreachable: keep the last value; the next run tries again.
            log.debug("Counting active pets failed: {}", e.toString());
        }
    }

    private static String tagValue(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
