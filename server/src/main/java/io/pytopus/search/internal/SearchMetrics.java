package io.pytopus.search.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The Micrometer timer {@code pytopus.search.requests}, tagged {@code operation} ({@code
 * reef_search}, {@code suggest}, {@code journal_search}) and {@code outcome} ({@code success}, or
 * {@code unavailable} while OpenSearch cannot answer, or {@code error}).
 */
@Component
class SearchMetrics {

    static final String REEF_SEARCH = "reef_search";
    static final String SUGGEST = "suggest";
    static final String JOURNAL_SEARCH = "journal_search";

    private final MeterRegistry registry;

    SearchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    <T> T time(String operation, Supplier<T> search) {
        var sample = Timer.start(registry);
        String outcome = "error";
        try {
            T result = search.get();
            outcome = "success";
            return result;
        } catch (SearchEngine.EngineUnavailableException e) {
            outcome = "unavailable";
            throw e;
        } finally {
            sample.stop(Timer.builder("pytopus.search.requests")
                    .description("Searches of the reef and the journal, as OpenSearch answered them")
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .register(registry));
        }
    }
}
