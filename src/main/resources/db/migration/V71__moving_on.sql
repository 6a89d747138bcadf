-- Moving on: understanding why it happened, forgiveness on nobody's schedule, letters that may never
-- be sent, and forgiving oneself while staying accountable. Every text is sealed with its writer's key.

-- A reflection on what made the betrayal possible, in three areas, and a separate summary its author
-- may write and share: the partner (or a counselor the couple invited) only ever sees the summary.
CREATE TABLE why_entry (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    author_id    VARCHAR(36) NOT NULL,
    relationship BYTEA,
    in_me        BYTEA,
    outside      BYTEA,
    summary      BYTEA,
    visibility   VARCHAR(16) NOT NULL DEFAULT 'PRIVATE',
    couple_id    VARCHAR(36),
    shared_at    BIGINT,
    seen_at      BIGINT,
    created_at   BIGINT      NOT NULL,
    updated_at   BIGINT      NOT NULL,
    version      INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX why_entry_author ON why_entry (author_id);
CREATE INDEX why_entry_couple ON why_entry (couple_id);

-- Where a person stands with forgiveness, in their own words and on a scale they choose, as a dated
-- history. The position itself is sealed too: it is nobody's business unless its author shares it.
CREATE TABLE forgiveness_mark (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    position   BYTEA       NOT NULL,
    note       BYTEA,
    visibility VARCHAR(16) NOT NULL DEFAULT 'PRIVATE',
    couple_id  VARCHAR(36),
    shared_at  BIGINT,
    created_at BIGINT      NOT NULL
);
CREATE INDEX forgiveness_mark_person ON forgiveness_mark (person_id);
CREATE INDEX forgiveness_mark_couple ON forgiveness_mark (couple_id);

-- Letters that may never be sent: to the partner, to oneself, to the person one was.
CREATE TABLE unsent_letter (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    author_id  VARCHAR(36) NOT NULL,
    addressee  VARCHAR(16) NOT NULL,
    content    BYTEA       NOT NULL,
    visibility VARCHAR(16) NOT NULL DEFAULT 'PRIVATE',
    couple_id  VARCHAR(36),
    shared_at  BIGINT,
    seen_at    BIGINT,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX unsent_letter_author ON unsent_letter (author_id);
CREATE INDEX unsent_letter_couple ON unsent_letter (couple_id);

-- Forgiving oneself while staying accountable: private writing, never shared.
CREATE TABLE accountable_entry (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    author_id  VARCHAR(36) NOT NULL,
    did        BYTEA,
    learned    BYTEA,
    keep_doing BYTEA,
    still_owe  BYTEA,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX accountable_entry_author ON accountable_entry (author_id);
