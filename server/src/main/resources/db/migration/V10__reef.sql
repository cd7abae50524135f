-- The reef (issue 6, ADR 0022): a pet's public bio, and what visitors do to public pets.

-- A short plain-text introduction the owner writes for the reef; null when there is none.
ALTER TABLE pets ADD COLUMN bio VARCHAR(280);

-- Keyset paging over public pets, for the search reindex.
CREATE INDEX pets_public_idx ON pets (id) WHERE is_public AND status IN ('ACTIVE', 'ON_VACATION');

-- One row per visitor and pet: when the visitor last waved (one wave per visitor per pet per
-- cooldown, enforced by a conditional upsert) and how often they waved in all.
CREATE TABLE reef_waves (
    pet_id        UUID        NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    visitor_id    UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_waved_at TIMESTAMPTZ NOT NULL,
    waves         BIGINT      NOT NULL,
    PRIMARY KEY (pet_id, visitor_id)
);

CREATE INDEX reef_waves_visitor_idx ON reef_waves (visitor_id);

-- One snack per visitor, pet and UTC day: the primary key is the rule.
CREATE TABLE reef_snacks (
    pet_id     UUID        NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    visitor_id UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day        DATE        NOT NULL,
    given_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pet_id, visitor_id, day)
);

CREATE INDEX reef_snacks_visitor_idx ON reef_snacks (visitor_id);

-- The counters a profile shows and the waves leaderboard ranks, kept in the visit's transaction so
-- a read never counts rows.
CREATE TABLE reef_pet_stats (
    pet_id UUID   PRIMARY KEY REFERENCES pets (id) ON DELETE CASCADE,
    waves  BIGINT NOT NULL DEFAULT 0,
    snacks BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX reef_pet_stats_waves_idx ON reef_pet_stats (waves DESC) WHERE waves > 0;
