-- Workers that keep up (issue 13, ADR 0026): what the leaderboard and achievement workers keep from
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

-- The achievements' progress, per owner, kept only while what it leads to is still locked. The
-- owner's row is the lock every worker takes before it records or judges the owner's events.
CREATE TABLE achievement_owners (
    owner_id UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE
);

-- Cleanings, for CLEAN_FREAK: one row per CLEAN action (the pet's action number tells them apart).
CREATE TABLE achievement_cleans (
    owner_id   UUID        NOT NULL REFERENCES achievement_owners (owner_id) ON DELETE CASCADE,
    pet_id     UUID        NOT NULL,
    seq        BIGINT      NOT NULL,
    cleaned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pet_id, seq)
);

CREATE INDEX achievement_cleans_owner_idx ON achievement_cleans (owner_id);

-- The first care instant of each UTC day with care, for WEEK_STREAK.
CREATE TABLE achievement_care_days (
    owner_id UUID        NOT NULL REFERENCES achievement_owners (owner_id) ON DELETE CASCADE,
    day      DATE        NOT NULL,
    first_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (owner_id, day)
);

-- When each pet first tasted each food (GOURMET) and learned each trick (FIVE_TRICKS).
CREATE TABLE achievement_firsts (
    owner_id UUID        NOT NULL REFERENCES achievement_owners (owner_id) ON DELETE CASCADE,
    pet_id   UUID        NOT NULL,
    kind     TEXT        NOT NULL CHECK (kind IN ('FOOD', 'TRICK')),
    item     TEXT        NOT NULL,
    first_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pet_id, kind, item)
);

CREATE INDEX achievement_firsts_owner_idx ON achievement_firsts (owner_id);

INSERT INTO achievement_owners (owner_id)
SELECT DISTINCT owner_id FROM pets;

INSERT INTO achievement_cleans (owner_id, pet_id, seq, cleaned_at)
SELECT p.owner_id, a.pet_id, a.seq, a.acted_at
FROM pet_actions a JOIN pets p ON p.id = a.pet_id
WHERE a.type = 'CLEAN'
  AND NOT EXISTS (SELECT 1 FROM user_achievements u WHERE u.user_id = p.owner_id AND u.code = 'CLEAN_FREAK');

INSERT INTO achievement_care_days (owner_id, day, first_at)
SELECT p.owner_id, CAST(a.acted_at AT TIME ZONE 'UTC' AS date), min(a.acted_at)
FROM pet_actions a JOIN pets p ON p.id = a.pet_id
WHERE a.type NOT IN ('START_VACATION', 'END_VACATION', 'RELEASE')
  AND NOT EXISTS (SELECT 1 FROM user_achievements u WHERE u.user_id = p.owner_id AND u.code = 'WEEK_STREAK')
GROUP BY p.owner_id, CAST(a.acted_at AT TIME ZONE 'UTC' AS date);

INSERT INTO achievement_firsts (owner_id, pet_id, kind, item, first_at)
SELECT p.owner_id, a.pet_id, 'FOOD', a.item, min(a.acted_at)
FROM pet_actions a JOIN pets p ON p.id = a.pet_id
WHERE a.type = 'FEED' AND a.item IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM user_achievements u WHERE u.user_id = p.owner_id AND u.code = 'GOURMET')
GROUP BY p.owner_id, a.pet_id, a.item;

INSERT INTO achievement_firsts (owner_id, pet_id, kind, item, first_at)
SELECT p.owner_id, a.pet_id, 'TRICK', h ->> 'trick', min(a.acted_at)
FROM pet_actions a JOIN pets p ON p.id = a.pet_id CROSS JOIN LATERAL jsonb_array_elements(a.happenings) h
WHERE a.type = 'TRAIN' AND h ->> 'kind' = 'LearnedTrick'
  AND NOT EXISTS (SELECT 1 FROM user_achievements u WHERE u.user_id = p.owner_id AND u.code = 'FIVE_TRICKS')
GROUP BY p.owner_id, a.pet_id, h ->> 'trick';
