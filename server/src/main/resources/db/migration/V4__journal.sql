-- The journal: one readable sentence per pet event, written by the journal consumer from the
-- pytopus.events exchange (ADR 0011). Derived from events, yet kept here: it is what the owner reads.
CREATE TABLE journal_entries (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The event's id: delivery is at least once, and a redelivered event must write nothing.
    event_id    UUID        NOT NULL UNIQUE,
    pet_id      UUID        NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    owner_id    UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type        TEXT        NOT NULL,
    text        TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    -- Orders the events of one action, which share their instant: what time brought (a stage, a
    -- sickness) before the care itself, a trick learned after it.
    ordinal     SMALLINT    NOT NULL
);

CREATE INDEX journal_entries_pet_time_idx ON journal_entries (pet_id, occurred_at DESC, ordinal DESC, id DESC);
