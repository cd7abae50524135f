package io.pytopus.leaderboard.internal;

import io.pytopus.leaderboard.LeaderboardRebuild;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the boards from PostgreSQL: first the care days and streaks the worker keeps, from the
 * pets' stored actions (which also repairs what dead-lettered events never brought), then each Redis
 * set. An event consumed while a board is rebuilt may be overwritten by the slightly older rebuild;
 * the pet's next change on that board puts it right.
 */
@Component
class LeaderboardRebuilder implements LeaderboardRebuild {

    private static final Logger log = LoggerFactory.getLogger(LeaderboardRebuilder.class);

    private final LeaderboardQueries queries;
    private final LeaderboardStore store;
    private final Streaks streaks;
    private final TransactionTemplate transactions;

    LeaderboardRebuilder(
            LeaderboardQueries queries, LeaderboardStore store, Streaks streaks, TransactionTemplate transactions) {
        this.queries = queries;
        this.store = store;
        this.streaks = streaks;
        this.transactions = transactions;
    }

    @Override
    public Map<String, Integer> rebuildAll() {
        long streaksStarted = System.nanoTime();
        transactions.executeWithoutResult(tx -> streaks.rebuildFromHistory());
        log.info(
                "Recomputed the care streaks from the pets' actions in {} ms",
                (System.nanoTime() - streaksStarted) / 1_000_000);
        var sizes = new LinkedHashMap<String, Integer>();
        for (var board : Board.values()) {
            long started = System.nanoTime();
            var keys = queries.allKeys(board);
            store.replace(board, keys);
            sizes.put(board.slug(), keys.size());
            log.info(
                    "Rebuilt leaderboard {}: {} pets in {} ms",
                    board.slug(),
                    keys.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return sizes;
    }

    /** {@code --pytopus.leaderboard.rebuild=true}: rebuild every board at startup, then run as usual. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("pytopus.leaderboard.rebuild")
    static class RebuildAtStartup {

        @Bean
        ApplicationRunner leaderboardRebuildRunner(LeaderboardRebuild rebuild) {
            return arguments -> {
                log.info("Rebuilding every leaderboard from PostgreSQL (pytopus.leaderboard.rebuild=true)");
                var sizes = rebuild.rebuildAll();
                log.info("Leaderboards rebuilt: {}", sizes);
            };
        }
    }
}
