package io.pytopus.search.internal;

import io.pytopus.reef.ReefProfile;
import io.pytopus.reef.ReefProfiles;
import io.pytopus.search.JournalEntrySource;
import io.pytopus.search.SearchIndex;
import io.pytopus.search.SearchReindex;
import io.pytopus.system.ProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link SearchReindex}, step by step (ADR 0020):
 *
 * <ol>
 *   <li>create the next version ({@code pets-v4}) from the resource mapping, without refreshes while
 *       it loads, and point {@code pets-next} at it: from then on the indexer writes every change to
 *       both versions;
 *   <li>wait until every indexer has seen that ({@code pytopus.search.reindex.settle}), then copy
 *       PostgreSQL into it in keyset-paged chunks, logging progress;
 *   <li>turn refreshes back on, refresh, and swap {@code pets} from the old version to the new one in
 *       one atomic alias update (searches answer from one or the other, never from neither);
 *   <li>wait again, then delete the old version.
 * </ol>
 *
 * Pet documents carry their profile version, so a chunk read just before a change cannot overwrite
 * the change the indexer wrote meanwhile.
 */
@Component
class Reindexer implements SearchReindex {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    private final SearchEngine engine;
    private final SearchIndexes indexes;
    private final IndexWriter writer;
    private final ReefProfiles profiles;
    private final JournalEntrySource journal;
    private final SearchProperties properties;

    Reindexer(
            @Qualifier(SearchConfiguration.WRITES) SearchEngine engine,
            SearchIndexes indexes,
            IndexWriter writer,
            ReefProfiles profiles,
            JournalEntrySource journal,
            SearchProperties properties) {
        this.engine = engine;
        this.indexes = indexes;
        this.writer = writer;
        this.profiles = profiles;
        this.journal = journal;
        this.properties = properties;
    }

    @Override
    public Result reindex(SearchIndex index) {
        try {
            return rebuild(index);
        } catch (SearchEngine.EngineUnavailableException e) {
            throw new ProblemException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "SEARCH_UNAVAILABLE",
                    "OpenSearch is unreachable: " + e.getMessage());
        }
    }

    private Result rebuild(SearchIndex index) {
        long started = System.nanoTime();
        indexes.ensure(index);
        String previous = indexes.current(index).orElse(null);
        indexes.next(index).ifPresent(leftover -> {
            log.warn("Dropping {}, left over by a reindex that did not finish", leftover);
            engine.send("DELETE", "/" + leftover, Map.of(), null);
        });
        String building = SearchIndexes.versioned(index, indexes.nextVersion(index));
        var definition = indexes.definition(index);
        ((ObjectNode) definition.get("settings").get("index")).put("refresh_interval", "-1");
        engine.require("PUT", "/" + building, Map.of(), definition);
        updateAliases(List.of(add(building, SearchIndexes.nextAlias(index))));
        indexes.invalidate(index);
        log.info("Reindexing {} into {} (was {}); new changes now reach both", index.alias(), building, previous);
        pause(properties.reindex().settle());

        var progress =
                new Progress(index.alias(), total(index), properties.reindex().progressEvery());
        long documents = switch (index) {
            case PETS -> copyPets(building, progress);
            case JOURNAL -> copyJournal(building, progress);
        };
        progress.finished();

        var settings = engine.json().createObjectNode();
        settings.putObject("index").put("refresh_interval", refreshInterval(index));
        engine.require("PUT", "/" + building + "/_settings", Map.of(), settings);
        engine.require("POST", "/" + building + "/_refresh", Map.of(), null);
        var swap = new ArrayList<ObjectNode>();
        if (previous != null) {
            swap.add(remove(previous, index.alias()));
        }
        swap.add(add(building, index.alias()));
        swap.add(remove(building, SearchIndexes.nextAlias(index)));
        updateAliases(swap);
        indexes.invalidate(index);
        log.info("Alias {} now points to {}", index.alias(), building);
        if (previous != null) {
            pause(properties.reindex().settle());
            engine.send("DELETE", "/" + previous, Map.of(), null);
            log.info("Deleted {}", previous);
        }
        var took = Duration.ofNanos(System.nanoTime() - started);
        return new Result(index, building, previous, documents, took);
    }

    private long total(SearchIndex index) {
        return switch (index) {
            case PETS -> profiles.count();
            case JOURNAL -> journal.count();
        };
    }

    private long copyPets(String target, Progress progress) {
        int chunk = properties.reindex().chunk();
        long written = 0;
        UUID after = null;
        while (true) {
            List<ReefProfile> page = profiles.after(after, chunk);
            if (page.isEmpty()) {
                return written;
            }
            var changes = page.stream()
                    .map(profile -> IndexWriter.Change.put(
                            profile.pet().id().toString(), Documents.pet(engine.json(), profile), profile.version()))
                    .toList();
            refusedAreFatal(writer.write(List.of(target), changes));
            written += page.size();
            progress.done(written);
            after = page.getLast().pet().id();
        }
    }

    private long copyJournal(String target, Progress progress) {
        int chunk = properties.reindex().chunk();
        long written = 0;
        long after = 0;
        while (true) {
            var page = journal.after(after, chunk);
            if (page.isEmpty()) {
                return written;
            }
            var changes = page.stream()
                    .map(entry -> IndexWriter.Change.put(
                            entry.entryId().toString(), Documents.journalEntry(engine.json(), entry), null))
                    .toList();
            refusedAreFatal(writer.write(List.of(target), changes));
            written += page.size();
            progress.done(written);
            after = page.getLast().position();
        }
    }

    private static void refusedAreFatal(Map<String, String> refused) {
        if (!refused.isEmpty()) {
            throw new IllegalStateException("OpenSearch refused documents, the mapping is wrong: " + refused);
        }
    }

    private String refreshInterval(SearchIndex index) {
        return indexes.definition(index)
                .path("settings")
                .path("index")
                .path("refresh_interval")
                .asString("1s");
    }

    private void updateAliases(List<ObjectNode> actions) {
        var body = engine.json().createObjectNode();
        var list = body.putArray("actions");
        actions.forEach(list::add);
        engine.require("POST", "/_aliases", Map.of(), body);
    }

    private ObjectNode add(String index, String alias) {
        var action = engine.json().createObjectNode();
        action.putObject("add").put("index", index).put("alias", alias);
        return action;
    }

    private ObjectNode remove(String index, String alias) {
        var action = engine.json().createObjectNode();
        action.putObject("remove").put("index", index).put("alias", alias);
        return action;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reindexing", e);
        }
    }

    /** Logs documents done, documents per second and the time left, every {@code every}. */
    static final class Progress {

        private final String name;
        private final long total;
        private final long everyNanos;
        private final long started = System.nanoTime();
        private long lastLogged = started;
        private long done;

        Progress(String name, long total, Duration every) {
            this.name = name;
            this.total = total;
            this.everyNanos = every.toNanos();
        }

        void done(long documents) {
            done = documents;
            long now = System.nanoTime();
            if (now - lastLogged >= everyNanos) {
                lastLogged = now;
                log.info(line(now));
            }
        }

        void finished() {
            log.info(line(System.nanoTime()) + " - copied");
        }

        String line(long now) {
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            double rate = done / seconds;
            long left = Math.max(0, total - done);
            String eta = rate > 0 ? Math.round(left / rate) + " s" : "?";
            long percent = total == 0 ? 100 : Math.min(100, done * 100 / total);
            return "Reindex %s: %,d/%,d documents (%d%%), %,.0f documents/s, ETA %s"
                    .formatted(name, done, total, percent, rate, eta);
        }
    }
}
