package io.pytopus.leaderboard.internal;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The leaderboards: the first 50 places and the signed-in user's best rank. */
@RestController
class LeaderboardController {

    private final Leaderboards leaderboards;

    LeaderboardController(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    /** {@code board} is one of {@code oldest}, {@code most-tricks}, {@code longest-streak}, {@code most-waves}. */
    @GetMapping("/api/v1/leaderboards/{board}")
    LeaderboardView board(@CurrentUser PytopusUser user, @PathVariable String board) {
        return leaderboards.read(board, user.id());
    }
}
