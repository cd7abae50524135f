package io.pytopus.leaderboard;

/**
 * Recomputes every leaderboard from PostgreSQL and replaces its Redis sorted set, for operators
 * (run the application with {@code --pytopus.leaderboard.rebuild=true}) and after a Redis loss. The
 * care streaks the worker keeps are recomputed from the pets' actions first.
 */
public interface LeaderboardRebuild {

    /**
     * Rebuilds each board in turn; each board is swapped in whole, so readers never see it half
     * built.
     *
     * @return how many pets each board now holds, by board name
     */
    java.util.Map<String, Integer> rebuildAll();
}
