-- The decision aid, together or apart. Everything here is the person's own: it belongs to them, not
-- to a space, so it stays theirs after a space ends.

-- Their private writing: what staying would take, what parting would take, what they still need to
-- know, what they have seen change. One row a person, each text sealed with their key.
CREATE TABLE decision_note (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    staying    BYTEA,
    parting    BYTEA,
    to_know    BYTEA,
    changed    BYTEA,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX decision_note_person ON decision_note (person_id);

-- Where they lean, each time they say so: the history is kept. The lean is sealed too: a copy of
-- the database must not tell who is thinking of leaving.
CREATE TABLE decision_lean (
    id        VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id VARCHAR(36) NOT NULL,
    lean      BYTEA       NOT NULL,
    noted_at  BIGINT      NOT NULL
);
CREATE INDEX decision_lean_person ON decision_lean (person_id, noted_at);

-- "I am willing to show my partner where I lean", for one space. Withdrawing deletes the row, so it
-- takes effect at once; the choice and its withdrawal are in the audit log.
CREATE TABLE decision_reveal (
    person_id   VARCHAR(36) NOT NULL,
    couple_id   VARCHAR(36) NOT NULL,
    opted_in_at BIGINT      NOT NULL,
    PRIMARY KEY (person_id, couple_id)
);
