package io.pytopus.search.internal;

import io.pytopus.pet.PublicPet;
import io.pytopus.pet.PublicPets;
import io.pytopus.search.JournalSearch;
import io.pytopus.search.SearchIndex;
import io.pytopus.system.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Runs the reef's and the journal's searches against the aliases, timed ({@link SearchMetrics}).
 *
 * <p>Privacy is checked three times over (ADR 0020): only pets of the reef are indexed, every query
 * filters on {@code public} and {@code present}, and the pets of each page of hits are checked
 * against PostgreSQL before they are returned, so an index that lags a change of visibility still
 * shows nothing private. When OpenSearch cannot answer, searches fail with 503 {@code
 * SEARCH_UNAVAILABLE} and {@code Retry-After} (ADR 0021).
 */
@Service
class Searches implements JournalSearch {

    private static final Logger log = LoggerFactory.getLogger(Searches.class);
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final AtomicReference<Instant> lastFailureLogged = new AtomicReference<>(Instant.EPOCH);

    private final SearchEngine engine;
    private final ReefQueries reef;
    private final JournalQueries journal;
    private final PublicPets pets;
    private final SearchMetrics metrics;
    private final SearchProperties properties;

    Searches(
            SearchEngine engine,
            ReefQueries reef,
            JournalQueries journal,
            PublicPets pets,
            SearchMetrics metrics,
            SearchProperties properties) {
        this.engine = engine;
        this.reef = reef;
        this.journal = journal;
        this.pets = pets;
        this.metrics = metrics;
        this.properties = properties;
    }

    ReefResults reef(ReefQuery query) {
        return guarded(SearchMetrics.REEF_SEARCH, () -> {
            var reply = search(SearchIndex.PETS, reef.search(query));
            if (reply == null) {
                return reef.empty(query);
            }
            var results = reef.results(reply, query);
            var inTheReef = stillInTheReef(
                    results.items().stream().map(ReefResults.Item::id).collect(Collectors.toSet()));
            return results.keeping(item -> inTheReef.contains(item.id()));
        });
    }

    ReefResults.Suggestions suggest(String prefix, int size) {
        return guarded(SearchMetrics.SUGGEST, () -> {
            var reply = search(SearchIndex.PETS, reef.suggest(prefix, size));
            if (reply == null) {
                return new ReefResults.Suggestions(List.of());
            }
            var suggestions = reef.suggestions(reply);
            var inTheReef = stillInTheReef(suggestions.suggestions().stream()
                    .map(ReefResults.Suggestion::id)
                    .collect(Collectors.toSet()));
            return suggestions.keeping(suggestion -> inTheReef.contains(suggestion.id()));
        });
    }

    @Override
    public Hits search(UUID ownerId, UUID petId, String query, int page, int size) {
        return guarded(SearchMetrics.JOURNAL_SEARCH, () -> {
            var reply = search(SearchIndex.JOURNAL, journal.search(ownerId, petId, query, page, size));
            return reply == null ? new Hits(List.of(), 0) : journal.hits(reply);
        });
    }

    /** The answer, or {@code null} when the alias does not exist yet (nothing was ever indexed). */
    private JsonNode search(SearchIndex index, JsonNode body) {
        var reply = engine.send("POST", "/" + index.alias() + "/_search", Map.of(), body);
        if (reply.notFound()) {
            return null;
        }
        if (!reply.ok()) {
            throw new SearchEngine.EngineRejectedException("POST /" + index.alias() + "/_search", reply);
        }
        return reply.body();
    }

    private Set<UUID> stillInTheReef(Set<UUID> ids) {
        return pets.findAll(ids).stream().map(PublicPet::id).collect(Collectors.toSet());
    }

    private void failed(RuntimeException e) {
        var now = Instant.now();
        var last = lastFailureLogged.get();
        if (now.isAfter(last.plus(LOG_INTERVAL)) && lastFailureLogged.compareAndSet(last, now)) {
            log.warn("OpenSearch cannot answer searches, answering 503 (logged once a minute): {}", e.getMessage());
        }
    }

    private <T> T guarded(String operation, Supplier<T> search) {
        try {
            return metrics.time(operation, search);
        } catch (SearchEngine.EngineUnavailableException e) {
            failed(e);
            long seconds = ProblemException.wholeSeconds(properties.retryAfter());
            throw ProblemException.unavailable(
                    "SEARCH_UNAVAILABLE",
                    "Search is resting for a moment. Please try again in " + seconds + " s.",
                    properties.retryAfter());
        } catch (SearchEngine.EngineRejectedException e) {
            // Every user input reaches OpenSearch as a plain value, never as query syntax, so this is
            // our bug; the client still gets a 4xx rather than an error page.
            log.error("OpenSearch refused a search: {}", e.getMessage());
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST, "SEARCH_REJECTED", "This search could not be run. Try other words.");
        }
    }
}
