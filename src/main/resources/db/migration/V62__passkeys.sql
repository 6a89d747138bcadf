-- Passkeys (WebAuthn). Only public keys and counters: a copy of the database signs nobody in.
-- Each person who has made a passkey has a random handle the passkey carries instead of their id.
CREATE TABLE passkey_user (
    person_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_handle VARCHAR(100) NOT NULL
);
CREATE UNIQUE INDEX passkey_user_handle ON passkey_user (user_handle);

CREATE TABLE passkey (
    -- The credential id, base64url (at most 1,023 bytes).
    credential_id      VARCHAR(1400) NOT NULL PRIMARY KEY,
    person_id          VARCHAR(36)   NOT NULL,
    public_key         BYTEA         NOT NULL,
    signature_count    BIGINT        NOT NULL,
    uv_initialized     BOOLEAN       NOT NULL,
    backup_eligible    BOOLEAN       NOT NULL,
    backup_state       BOOLEAN       NOT NULL,
    transports         VARCHAR(200)  NOT NULL,
    attestation_object BYTEA         NOT NULL,
    client_data_json   BYTEA,
    -- The kind of browser and system it was added with, as on the list of sessions (never the user agent).
    device             VARCHAR(40)   NOT NULL,
    created_at         BIGINT        NOT NULL,
    last_used_at       BIGINT
);
CREATE INDEX passkey_person ON passkey (person_id);
