-- Achievements (issue 5, ADR 0014): each unlocked at most once per user, computed by the achievement
-- worker from the pet events and the care history in pet_actions. The primary key is what makes a
-- redelivered event harmless: the worker inserts with ON CONFLICT DO NOTHING.
CREATE TABLE user_achievements (
    user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- io.pytopus.achievement.Achievement, by name.
    code        TEXT        NOT NULL,
    -- The pet that earned it, for the achievements of one pet; null for those of all the user's care.
    pet_id      UUID        REFERENCES pets (id) ON DELETE SET NULL,
    unlocked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, code)
);
