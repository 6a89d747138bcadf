-- The program: progress per person and exercise (ids of the program, no text people wrote).
CREATE TABLE exercise_progress (
    person_id    VARCHAR(36)  NOT NULL,
    exercise_id  VARCHAR(100) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    started_at   BIGINT,
    completed_at BIGINT,
    updated_at   BIGINT       NOT NULL,
    PRIMARY KEY (person_id, exercise_id)
);

-- Sharing progress is bound to the couple space it was chosen in: a later partner never inherits it.
CREATE TABLE progress_sharing (
    person_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36),
    changed_at BIGINT      NOT NULL
);

-- Milestones and setbacks; title and note are one encrypted blob.
CREATE TABLE timeline_entry (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    author_id   VARCHAR(36) NOT NULL,
    couple_id   VARCHAR(36),
    kind        VARCHAR(16) NOT NULL,
    visibility  VARCHAR(16) NOT NULL,
    occurred_on VARCHAR(10) NOT NULL,
    content     BYTEA       NOT NULL,
    created_at  BIGINT      NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX timeline_entry_author ON timeline_entry (author_id, occurred_on);
CREATE INDEX timeline_entry_couple ON timeline_entry (couple_id, visibility);
