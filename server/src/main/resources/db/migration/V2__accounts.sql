-- Accounts (issue 4). Modules that store per-user data reference users(id) with ON DELETE CASCADE,
-- so deleting an account deletes everything PostgreSQL holds for it in the same transaction.

CREATE TABLE users (
    id            UUID        NOT NULL,
    -- Normalised by the application (trimmed, lower-case); the check keeps it that way.
    email         TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    -- Argon2id in PHC string format: $argon2id$v=19$m=…,t=…,p=…$salt$hash
    password_hash TEXT        NOT NULL,
    -- An IANA zone id such as Europe/Paris, validated by the application.
    time_zone     TEXT        NOT NULL DEFAULT 'UTC',
    -- Local times in time_zone; both or neither. from > to spans midnight (22:00 → 07:00).
    quiet_from    TIME,
    quiet_to      TIME,
    email_nudges  BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT users_pk PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_email_normalised CHECK (email = lower(btrim(email)) AND email <> ''),
    CONSTRAINT users_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 40),
    CONSTRAINT users_quiet_hours_pair CHECK ((quiet_from IS NULL) = (quiet_to IS NULL)),
    CONSTRAINT users_quiet_hours_span CHECK (quiet_from IS NULL OR quiet_from <> quiet_to)
);
