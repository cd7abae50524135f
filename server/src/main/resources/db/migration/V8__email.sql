-- Email (issue 5, ADR 0015): nudges by email, the weekly digest, unsubscribe links.

-- The second opt-in: the weekly digest ("Inky's week"), separate from nudges by email.
ALTER TABLE users ADD COLUMN weekly_digest BOOLEAN NOT NULL DEFAULT FALSE;

-- The email outbox. A worker renders an email and inserts it here before any SMTP traffic; the row's
-- primary key is the dedupe key (user, kind, period or notification), so a redelivered job or a
-- second run of the digest adds nothing. Sending locks the row (FOR UPDATE SKIP LOCKED), talks to
-- SMTP and marks it SENT in the same transaction; a failed send stays PENDING with a later
-- next_attempt_at (backoff). Nothing is lost while SMTP is down, and nothing sent is sent again,
-- except in the window ADR 0015 describes (SMTP accepted, the commit did not happen).
CREATE TABLE email_deliveries (
    dedupe_key      TEXT        PRIMARY KEY,
    user_id         UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- NUDGE or WEEKLY_DIGEST; the list the user may leave with the unsubscribe link follows from it.
    kind            TEXT        NOT NULL,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    text_body       TEXT        NOT NULL,
    html_body       TEXT        NOT NULL,
    unsubscribe_url TEXT        NOT NULL,
    -- The Message-ID header, derived from the dedupe key: a rare second send is the same message.
    message_id      TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'CANCELLED', 'EXPIRED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    -- A nudge about a need long past is no help: past this instant a pending email is given up.
    expires_at      TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ
);

CREATE INDEX email_deliveries_due_idx ON email_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX email_deliveries_user_idx ON email_deliveries (user_id);
CREATE INDEX email_deliveries_finished_idx ON email_deliveries (finished_at) WHERE status <> 'PENDING';

-- What each pet got up to per week (Monday 00:00 UTC to the next), fed by pet.trick-learned,
-- pet.care-given and reef.pet-waved: the figures of the weekly digest. No foreign key to pets: a
-- wave may name a pet this database has not committed yet (events are relayed concurrently), and
-- old weeks are pruned by the notification worker.
CREATE TABLE pet_week_tallies (
    pet_id         UUID NOT NULL,
    week_start     DATE NOT NULL,
    tricks_learned INT  NOT NULL DEFAULT 0,
    waves_received INT  NOT NULL DEFAULT 0,
    care_actions   INT  NOT NULL DEFAULT 0,
    PRIMARY KEY (pet_id, week_start)
);

CREATE INDEX pet_week_tallies_week_idx ON pet_week_tallies (week_start);

-- The events already counted, so a redelivered one counts once; pruned with the tallies.
CREATE TABLE tallied_events (
    event_id   UUID        PRIMARY KEY,
    tallied_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX tallied_events_at_idx ON tallied_events (tallied_at);

-- One row per digest week: which users' jobs have been enqueued so far (keyset cursor), so a run
-- that stops half way resumes where it was and a second run of the same week enqueues nothing.
CREATE TABLE digest_runs (
    week_start   DATE        PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL,
    last_user_id UUID,
    enqueued     INT         NOT NULL DEFAULT 0,
    finished_at  TIMESTAMPTZ
);

-- The key that signs unsubscribe links when PYTOPUS_MAIL_SIGNING_KEY is not set: made once by the
-- first process that needs it, then shared by every replica and kept across restarts.
CREATE TABLE mail_signing_key (
    id         INT         PRIMARY KEY CHECK (id = 1),
    secret     BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
