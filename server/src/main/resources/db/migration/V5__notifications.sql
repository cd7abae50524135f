-- Notifications (issue 5): in-app messages to a user, written by the attention scheduler.
CREATE TABLE notifications (
    id         UUID        PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The octopus it is about; null for notifications about no pet in particular.
    pet_id     UUID        REFERENCES pets (id) ON DELETE CASCADE,
    -- Stable and machine-readable (the need, such as HUNGRY); title and body are the words.
    kind       TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    read_at    TIMESTAMPTZ
);

-- A user's page, newest first; the unread count; the cascade from pets.
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_pet_idx ON notifications (pet_id);

-- The last nudge about each pet, for "at most one nudge per pet per nudge window" (ADR 0012). Its
-- own table rather than a column of pets: the notification module owns it, and care actions, which
-- rewrite the pet row under optimistic locking, neither touch nor race it.
CREATE TABLE pet_nudges (
    pet_id         UUID        PRIMARY KEY REFERENCES pets (id) ON DELETE CASCADE,
    last_nudged_at TIMESTAMPTZ NOT NULL
);

-- The scheduler also claims pets stored as on vacation: a vacation that ended by itself stays stored
-- as ON_VACATION until the owner's next action, and the pet must still be able to call its owner.
CREATE INDEX pets_due_attention_idx ON pets (next_attention_at) WHERE status IN ('ACTIVE', 'ON_VACATION');
DROP INDEX pets_attention_idx;
