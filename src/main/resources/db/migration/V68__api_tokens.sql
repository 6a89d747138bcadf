-- Personal tokens for the JSON API. Only the SHA-256 hash of a token is stored (a token is 256
-- random bits, shown once), so a copy of the database opens nothing. The name the person gave it is
-- sealed with their key. A token carries its scopes ('read' or 'read write'); revoking one deletes it.
CREATE TABLE api_token (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id    VARCHAR(36) NOT NULL,
    name         BYTEA       NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    scopes       VARCHAR(20) NOT NULL,
    created_at   BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL,
    last_used_at BIGINT
);
CREATE UNIQUE INDEX api_token_hash ON api_token (token_hash);
CREATE INDEX api_token_person ON api_token (person_id);
