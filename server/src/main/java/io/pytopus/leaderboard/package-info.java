/**
 * Leaderboards (DESIGN §2 "Social and progress"): {@code oldest}, {@code most-tricks}, {@code
 * longest-streak} and {@code most-waves}, served at {@code GET /api/v1/leaderboards/{board}}.
 *
 * <p>The boards are Redis sorted sets ({@code leaderboard:v1:<board>}), derived from PostgreSQL: a
 * worker consumes the pet's events (and the reef's waves) from the {@code pytopus.leaderboard} queue
 * in batches, updates only the boards each event can change, and writes absolute scores read from
 * PostgreSQL, so a redelivery changes nothing. Care streaks are kept per pet by the worker itself
 * ({@code leaderboard_streaks}), so no event makes it read a pet's history. With Redis down the same
 * answer is computed by SQL; {@link io.pytopus.leaderboard.LeaderboardRebuild} rebuilds every board
 * from PostgreSQL (ADR 0013, 0026).
 */
@ApplicationModule(displayName = "Leaderboard")
package io.pytopus.leaderboard;

import org.springframework.modulith.ApplicationModule;
