-- A prepared disclosure can be written alone (decision 0042): by a person in a space of their own,
-- before any partner is there. partner_id is then empty, and stays empty when a partner joins, until
-- its writer proposes a time to give it: only then is it meant for that partner.
--
-- SQLite cannot drop NOT NULL in place, so the table is rebuilt, on both databases alike. Its two
-- child tables are rebuilt first under new names (with foreign keys on, dropping a parent that still
-- has children would delete them), rows are copied, the old tables dropped, the new ones renamed
-- (SQLite rewrites the children's references to the renamed parent, PostgreSQL follows the table).
CREATE TABLE prepared_disclosure_v80 (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id   VARCHAR(36) NOT NULL,
    author_id   VARCHAR(36) NOT NULL,
    partner_id  VARCHAR(36),
    timeline    BYTEA,
    hidden      BYTEA,
    who_knows   BYTEA,
    contact_now BYTEA,
    status      VARCHAR(12) NOT NULL,
    meet_at     BIGINT,
    reading_way VARCHAR(16),
    proposed_by VARCHAR(36),
    given_at    BIGINT,
    read_at     BIGINT,
    review_note    BYTEA,
    review_note_by VARCHAR(36),
    review_note_at BIGINT,
    created_at  BIGINT      NOT NULL,
    updated_at  BIGINT      NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0
);
INSERT INTO prepared_disclosure_v80 (id, couple_id, author_id, partner_id, timeline, hidden, who_knows, contact_now, status,
        meet_at, reading_way, proposed_by, given_at, read_at, review_note, review_note_by, review_note_at, created_at,
        updated_at, version)
    SELECT id, couple_id, author_id, partner_id, timeline, hidden, who_knows, contact_now, status, meet_at, reading_way,
        proposed_by, given_at, read_at, review_note, review_note_by, review_note_at, created_at, updated_at, version
    FROM prepared_disclosure;

CREATE TABLE prepared_disclosure_mark_v80 (
    disclosure_id VARCHAR(36) NOT NULL REFERENCES prepared_disclosure_v80 (id) ON DELETE CASCADE,
    part          VARCHAR(16) NOT NULL,
    mark          VARCHAR(16) NOT NULL,
    marked_at     BIGINT      NOT NULL,
    PRIMARY KEY (disclosure_id, part)
);
INSERT INTO prepared_disclosure_mark_v80 (disclosure_id, part, mark, marked_at)
    SELECT disclosure_id, part, mark, marked_at FROM prepared_disclosure_mark;

CREATE TABLE prepared_disclosure_addition_v80 (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    disclosure_id VARCHAR(36) NOT NULL REFERENCES prepared_disclosure_v80 (id) ON DELETE CASCADE,
    author_id     VARCHAR(36) NOT NULL,
    content       BYTEA       NOT NULL,
    added_at      BIGINT      NOT NULL,
    seen_at       BIGINT
);
INSERT INTO prepared_disclosure_addition_v80 (id, disclosure_id, author_id, content, added_at, seen_at)
    SELECT id, disclosure_id, author_id, content, added_at, seen_at FROM prepared_disclosure_addition;

DROP TABLE prepared_disclosure_mark;
DROP TABLE prepared_disclosure_addition;
DROP TABLE prepared_disclosure;

ALTER TABLE prepared_disclosure_v80 RENAME TO prepared_disclosure;
ALTER TABLE prepared_disclosure_mark_v80 RENAME TO prepared_disclosure_mark;
ALTER TABLE prepared_disclosure_addition_v80 RENAME TO prepared_disclosure_addition;

CREATE UNIQUE INDEX prepared_disclosure_author ON prepared_disclosure (couple_id, author_id);
CREATE INDEX prepared_disclosure_addition_of ON prepared_disclosure_addition (disclosure_id, added_at);
