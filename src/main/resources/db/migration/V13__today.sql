-- What a person was told about, kept after it is opened so they can find it again: ids, message keys
-- and paths only. The other person is an id; their name is looked up when the history is shown.
CREATE TABLE inbox_entry (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    person_id   VARCHAR(36)  NOT NULL,
    item_key    VARCHAR(400) NOT NULL,
    message_key VARCHAR(120) NOT NULL,
    from_id     VARCHAR(36),
    path        VARCHAR(300) NOT NULL,
    first_seen  BIGINT       NOT NULL,
    opened_at   BIGINT
);
-- The same thing may come again once opened (a second answer to the same question): it is a new line.
CREATE UNIQUE INDEX inbox_entry_unopened ON inbox_entry (person_id, item_key) WHERE opened_at IS NULL;
CREATE INDEX inbox_entry_person ON inbox_entry (person_id, first_seen);

-- A private notepad for exercises done away from the screen; the note is sealed like every text.
CREATE TABLE exercise_note (
    person_id   VARCHAR(36)  NOT NULL,
    exercise_id VARCHAR(100) NOT NULL,
    content     BYTEA        NOT NULL,
    updated_at  BIGINT       NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (person_id, exercise_id)
);

-- The author of an apology is told once that it was answered; a changed answer tells them again.
ALTER TABLE apology_answer ADD COLUMN author_seen_at BIGINT;
