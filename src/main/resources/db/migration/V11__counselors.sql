-- Accounts have a role: a person in the program (the default), a counselor, or the operator who runs
-- the instance. A counselor and an operator never join a couple space.
ALTER TABLE person ADD COLUMN account_role VARCHAR(16) NOT NULL DEFAULT 'PERSON';

-- A counselor's standing on this instance and the code couples use to invite them. The practice
-- details the counselor gave for approval are sealed with the counselor's own key.
CREATE TABLE counselor (
    person_id    VARCHAR(36) NOT NULL PRIMARY KEY,
    status       VARCHAR(16) NOT NULL,
    code         VARCHAR(16) NOT NULL,
    practice     BYTEA       NOT NULL,
    requested_at BIGINT      NOT NULL,
    decided_at   BIGINT,
    decided_by   VARCHAR(36),
    version      INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX counselor_code ON counselor (code);
CREATE INDEX counselor_status ON counselor (status, requested_at);

-- A couple's invitation of one counselor. Access is open only while both partners' consents stand
-- and the link has not ended; ending it is final (a later wish starts a new invitation).
CREATE TABLE counselor_link (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id    VARCHAR(36) NOT NULL,
    counselor_id VARCHAR(36) NOT NULL,
    invited_by   VARCHAR(36) NOT NULL,
    created_at   BIGINT      NOT NULL,
    ended_at     BIGINT,
    ended_by     VARCHAR(36),
    version      INTEGER     NOT NULL DEFAULT 0
);
-- One open link per couple, enforced by the database as well as by the rules.
CREATE UNIQUE INDEX counselor_link_one_open ON counselor_link (couple_id) WHERE ended_at IS NULL;
CREATE INDEX counselor_link_counselor ON counselor_link (counselor_id, ended_at);

CREATE TABLE counselor_consent (
    link_id      VARCHAR(36) NOT NULL REFERENCES counselor_link (id),
    person_id    VARCHAR(36) NOT NULL,
    consented_at BIGINT      NOT NULL,
    PRIMARY KEY (link_id, person_id)
);

-- What a person chose to show the counselor of one link: an entry by kind and id, or their
-- check-in scores (kind 'check-in-scores', id = the person's id).
CREATE TABLE counselor_share (
    link_id    VARCHAR(36) NOT NULL REFERENCES counselor_link (id),
    entry_kind VARCHAR(40) NOT NULL,
    entry_id   VARCHAR(36) NOT NULL,
    owner_id   VARCHAR(36) NOT NULL,
    shared_at  BIGINT      NOT NULL,
    PRIMARY KEY (link_id, entry_kind, entry_id)
);
CREATE INDEX counselor_share_owner ON counselor_share (owner_id, link_id);

-- The counselor's own notes on a couple, sealed with the counselor's key: nobody else reads them.
CREATE TABLE counselor_note (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    counselor_id VARCHAR(36) NOT NULL,
    link_id      VARCHAR(36) NOT NULL REFERENCES counselor_link (id),
    content      BYTEA       NOT NULL,
    created_at   BIGINT      NOT NULL
);
CREATE INDEX counselor_note_link ON counselor_note (link_id, counselor_id, created_at);

-- Counselor reads shown to partners look events up by the person read about.
CREATE INDEX audit_event_subject_action ON audit_event (subject_id, action, occurred_at);
