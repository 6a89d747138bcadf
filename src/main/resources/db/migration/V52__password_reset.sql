-- "I forgot my password": every request is kept the same way, whether or not the address has an
-- account; the links job decides. Only a confirmed address gets a link, of which only the hash is
-- kept; it works once and for a short time. The address is forgotten once the job has decided.
CREATE TABLE password_reset (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    email        VARCHAR(320),
    person_id    VARCHAR(36),
    discreet     BOOLEAN      NOT NULL DEFAULT FALSE,
    requested_at BIGINT       NOT NULL,
    mailed_at    BIGINT,
    token_hash   VARCHAR(64),
    expires_at   BIGINT       NOT NULL
);
CREATE UNIQUE INDEX password_reset_token ON password_reset (token_hash);
CREATE INDEX password_reset_person ON password_reset (person_id);
