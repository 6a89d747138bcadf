-- Step 1: own-role reflections and apologies. Everything written is one encrypted blob per row.
CREATE TABLE own_role_entry (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    author_id  VARCHAR(36) NOT NULL,
    couple_id  VARCHAR(36),
    visibility VARCHAR(16) NOT NULL,
    content    BYTEA       NOT NULL,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX own_role_entry_author ON own_role_entry (author_id, updated_at);
CREATE INDEX own_role_entry_couple ON own_role_entry (couple_id, visibility);

-- A draft stays private until sent; a sent apology never changes, a later one is a new row.
CREATE TABLE apology (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    author_id  VARCHAR(36) NOT NULL,
    couple_id  VARCHAR(36),
    status     VARCHAR(8)  NOT NULL,
    content    BYTEA       NOT NULL,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    sent_at    BIGINT,
    seen_at    BIGINT,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX apology_author ON apology (author_id, created_at);
CREATE INDEX apology_couple ON apology (couple_id, status);

CREATE TABLE apology_answer (
    apology_id      VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES apology (id) ON DELETE CASCADE,
    answerer_id     VARCHAR(36) NOT NULL,
    answer          VARCHAR(16) NOT NULL,
    note            BYTEA,
    note_visibility VARCHAR(16) NOT NULL,
    answered_at     BIGINT      NOT NULL,
    version         INTEGER     NOT NULL DEFAULT 0
);
