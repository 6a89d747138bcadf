-- "Email me a link to sign in": for the day wrong guesses slow down signing in with the password.
-- Kept like a password reset: every request the same way, whether or not the address has an account;
-- only an address confirmed for mail gets a link, of which only the hash is kept; it works once and
-- for a short time. The address is forgotten once the links job has decided.
CREATE TABLE sign_in_link (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    email        VARCHAR(320),
    person_id    VARCHAR(36),
    discreet     BOOLEAN     NOT NULL DEFAULT FALSE,
    requested_at BIGINT      NOT NULL,
    mailed_at    BIGINT,
    token_hash   VARCHAR(64),
    expires_at   BIGINT      NOT NULL
);
CREATE UNIQUE INDEX sign_in_link_token ON sign_in_link (token_hash);
CREATE INDEX sign_in_link_person ON sign_in_link (person_id);
