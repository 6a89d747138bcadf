-- A second sign-in step: a key for time-based codes from an authenticator app (sealed under the
-- person's data key, like everything they write; a copy of the database cannot make codes) and
-- recovery codes, stored only as hashes, each working once.
CREATE TABLE totp_factor (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id    VARCHAR(36) NOT NULL,
    secret       BYTEA       NOT NULL,
    created_at   BIGINT      NOT NULL,
    -- Null while the person has not yet typed a first code from their app.
    confirmed_at BIGINT,
    -- The last 30-second step whose code was used: each code works once.
    last_step    BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX totp_factor_person ON totp_factor (person_id);

CREATE TABLE recovery_code (
    code_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    created_at BIGINT      NOT NULL,
    used_at    BIGINT
);
CREATE INDEX recovery_code_person ON recovery_code (person_id);

-- Wrong passwords and codes typed for an account since its owner last signed in, so they can be
-- told calmly; the count only, never from where.
CREATE TABLE sign_in_failure (
    person_id VARCHAR(36) NOT NULL PRIMARY KEY,
    failures  INTEGER     NOT NULL,
    since     BIGINT      NOT NULL
);

-- Changes to how an account signs in (a second step added or removed), told on Today until the
-- person has looked at their sessions.
CREATE TABLE sign_in_change (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    changed_at BIGINT      NOT NULL,
    -- Set once the notices job has decided on a mail about it (sent, or none to send).
    mailed_at  BIGINT
);
CREATE INDEX sign_in_change_person ON sign_in_change (person_id, changed_at);
