-- Workers that keep up (issue 13, ADR 0026): what the leaderboard worker keeps from
-- the events themselves, so that no event makes them read a pet's whole history. All of it is
-- derived: filled here from the history, and idempotent per event (an event that comes twice, or
-- late, changes nothing it should not).

-- The leaderboard's care streaks. A pet's UTC days with at least one care action (the primary key
-- makes a day count once), and its runs: the latest day, the run ending on it, and the longest run.
-- A care action on a day already recorded changes nothing; LeaderboardRebuild recomputes both tables
-- from pet_actions.
CREATE TABLE leaderboard_care_days (
    pet_id UUID NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    day    DATE NOT NULL,
    PRIMARY KEY (pet_id, day)
);

CREATE TABLE leaderboard_streaks (
    pet_id       UUID PRIMARY KEY REFERENCES pets (id) ON DELETE CASCADE,
    last_day     DATE, -- null until the first care day
    current_days INT  NOT NULL,
    best_days    INT  NOT NULL
);

-- Places the worker could not write to Redis (it was down): written again once it answers.
CREATE TABLE leaderboard_pending (
    pet_id UUID NOT NULL,
    board  TEXT NOT NULL,
    PRIMARY KEY (pet_id, board)
);

INSERT INTO leaderboard_care_days (pet_id, day)
SELECT DISTINCT pet_id, CAST(acted_at AT TIME ZONE 'UTC' AS date)
FROM pet_actions
WHERE type IN ('FEED', 'PLAY', 'CLEAN', 'SLEEP', 'WAKE', 'STROKE', 'TRAIN', 'HEAL');

-- Gaps and islands, once: consecutive days minus their row number are constant within a run.
WITH runs AS (
    SELECT pet_id, max(day) AS last_day, count(*) AS days
    FROM (SELECT pet_id, day, day - CAST(row_number() OVER (PARTITION BY pet_id ORDER BY day) AS int) AS island
          FROM leaderboard_care_days) d
    GROUP BY pet_id, island
)
INSERT INTO leaderboard_streaks (pet_id, last_day, current_days, best_days)
SELECT DISTINCT ON (pet_id) pet_id, last_day, days, max(days) OVER (PARTITION BY pet_id)
FROM runs
ORDER BY pet_id, last_day DESC;
