-- Sign-in sessions of our own (ADR 0025) replace Spring Session JDBC's tables (V1).
--
-- The old sessions are dropped, once: their principals were Java-serialized, which nothing reads any
-- more, and their ids were the cookie values themselves. Everybody signed in is asked to sign in
-- again after this migration.
DROP TABLE spring_session_attributes;
DROP TABLE spring_session;

CREATE TABLE user_sessions (
    -- SHA-256 of the random token in the cookie. The token itself is stored nowhere, so a copy of
    -- this table signs nobody in.
    token_hash      BYTEA       NOT NULL,
    user_id         UUID        NOT NULL,
    -- The signed-in user as JSON, {"id", "email", "displayName"}: as of sign-in or their last rename.
    principal       JSONB       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    -- Moved by a request at most once a minute (pytopus.sessions.touch-every), never on every request.
    last_seen_at    TIMESTAMPTZ NOT NULL,
    -- When the session ends unless used: last_seen_at + the idle timeout, never after expires_at.
    idle_expires_at TIMESTAMPTZ NOT NULL,
    -- When it ends however busy: created_at + the absolute timeout.
    expires_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT user_sessions_pk PRIMARY KEY (token_hash),
    -- Deleting an account deletes its sessions (the application also does it first, to tell every
    -- instance).
    CONSTRAINT user_sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_sessions_token_hash_length CHECK (octet_length(token_hash) = 32),
    CONSTRAINT user_sessions_principal_object CHECK (jsonb_typeof(principal) = 'object'),
    CONSTRAINT user_sessions_idle_within_absolute CHECK (idle_expires_at <= expires_at)
);

-- Account deletion, renames and sign-out everywhere find a user's sessions.
CREATE INDEX user_sessions_user_id_idx ON user_sessions (user_id);
-- The cleanup deletes ended sessions: idle_expires_at never passes expires_at, so this one suffices.
CREATE INDEX user_sessions_idle_expires_at_idx ON user_sessions (idle_expires_at);
