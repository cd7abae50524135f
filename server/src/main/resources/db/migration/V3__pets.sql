-- Pets: one row per octopus holding its latest snapshot (ADR 0004), and the history of every applied
-- action, from which the snapshot can be replayed.
CREATE TABLE pets (
    id                UUID         PRIMARY KEY,
    owner_id          UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name              VARCHAR(24)  NOT NULL,
    color             CHAR(7)      NOT NULL,
    species           TEXT         NOT NULL,
    is_public         BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Columns copied out of the snapshot so they can be queried and indexed.
    status            TEXT         NOT NULL,
    next_attention_at TIMESTAMPTZ,
    -- The snapshot itself (io.pytopus.pet.simulation.OctopusState as JSON), exact at updated_at.
    state             JSONB        NOT NULL,
    action_count      BIGINT       NOT NULL DEFAULT 0,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);

CREATE INDEX pets_owner_idx ON pets (owner_id, created_at);
-- The attention scheduler claims due pets by this column (FOR UPDATE SKIP LOCKED).
CREATE INDEX pets_attention_idx ON pets (next_attention_at) WHERE status = 'ACTIVE';

CREATE TABLE pet_actions (
    pet_id     UUID        NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    seq        BIGINT      NOT NULL,
    type       TEXT        NOT NULL,
    item       TEXT,
    happenings JSONB       NOT NULL,
    acted_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pet_id, seq)
);

-- Idempotency-Key records: the first response to a key is replayed for 24 hours. Keys are scoped
-- to the signed-in principal, so two users can never see each other's responses.
CREATE TABLE idempotency_keys (
    principal    TEXT         NOT NULL,
    key          VARCHAR(200) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       INT,         -- null while the first request is still in flight
    content_type TEXT,
    body         BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (principal, key)
);

CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
