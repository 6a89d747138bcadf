-- Browsers a person signed in from successfully. A failed sign-in elsewhere never slows these down,
-- so nobody can keep a person out of their own account by guessing wrong on purpose.
CREATE TABLE trusted_device (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    created_at BIGINT      NOT NULL,
    last_used  BIGINT      NOT NULL
);
CREATE INDEX trusted_device_person ON trusted_device (person_id);
