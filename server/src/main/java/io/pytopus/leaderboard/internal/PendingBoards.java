package io.pytopus.leaderboard.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Places the worker could not write to Redis ({@code leaderboard_pending}, V13): which pet to write
 * again on which board. Rows are added in the transaction whose Redis write failed and taken when
 * Redis answers again ({@link BoardUpdates#flushPending()}), so a Redis outage loses no update and
 * dead-letters no event. Callers own the transactions.
 */
@Repository
class PendingBoards {

    private final JdbcClient jdbc;

    PendingBoards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Map<Board, Set<UUID>> places) {
        var pets = new ArrayList<String>();
        var boards = new ArrayList<String>();
        places.forEach((board, ids) -> ids.forEach(pet -> {
            pets.add(pet.toString());
            boards.add(board.name());
        }));
        if (pets.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO leaderboard_pending (pet_id, board)
                        SELECT p.pet_id, p.board
                        FROM unnest(CAST(:pets AS uuid[]), CAST(:boards AS text[])) AS p (pet_id, board)
                        ORDER BY p.pet_id, p.board
                        ON CONFLICT DO NOTHING
                        """)
                .param("pets", pets.toArray(String[]::new))
                .param("boards", boards.toArray(String[]::new))
                .update();
    }

    /**
     * Takes up to {@code limit} pending places, which no other worker is taking: deleted now, and
     * back if the caller's transaction rolls back.
     */
    Map<Board, Set<UUID>> take(int limit) {
        var places = new EnumMap<Board, Set<UUID>>(Board.class);
        jdbc.sql("""
                        DELETE FROM leaderboard_pending
                        WHERE (pet_id, board) IN (
                            SELECT pet_id, board FROM leaderboard_pending
                            ORDER BY pet_id, board
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED)
                        RETURNING pet_id, board
                        """).param("limit", limit).query(rs -> {
            places.computeIfAbsent(Board.valueOf(rs.getString("board")), board -> new HashSet<>())
                    .add(rs.getObject("pet_id", UUID.class));
        });
        return places;
    }
}
