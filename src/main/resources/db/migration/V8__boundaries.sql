-- Boundaries: agreements both partners own. The boundary row holds the agreement (which version
-- both agreed to, which one waits, who asked to talk or to revisit) and changes only by
-- compare-and-set on version. Every version is kept; what happened to a boundary is its history.
-- What and why are sealed with the key of the person who wrote that version.
CREATE TABLE boundary (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id      VARCHAR(36) NOT NULL,
    proposer_id    VARCHAR(36) NOT NULL,
    partner_id     VARCHAR(36) NOT NULL,
    category       VARCHAR(16) NOT NULL,
    agreed         INTEGER     NOT NULL DEFAULT 0,
    pending        INTEGER     NOT NULL DEFAULT 0,
    pending_author VARCHAR(36),
    talk_by        VARCHAR(36),
    revisit_by     VARCHAR(36),
    withdrawn      INTEGER     NOT NULL DEFAULT 0,
    review_on      VARCHAR(10),
    created_at     BIGINT      NOT NULL,
    updated_at     BIGINT      NOT NULL,
    version        INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX boundary_couple ON boundary (couple_id, created_at);

CREATE TABLE boundary_version (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    boundary_id VARCHAR(36) NOT NULL REFERENCES boundary (id) ON DELETE CASCADE,
    number      INTEGER     NOT NULL,
    author_id   VARCHAR(36) NOT NULL,
    category    VARCHAR(16) NOT NULL,
    what        BYTEA       NOT NULL,
    why         BYTEA       NOT NULL,
    review_on   VARCHAR(10) NOT NULL,
    created_at  BIGINT      NOT NULL,
    agreed_at   BIGINT
);
CREATE UNIQUE INDEX boundary_version_number ON boundary_version (boundary_id, number);

-- What happened, in order: proposed, change proposed, agreed, talk asked, revisit asked or
-- withdrawn, proposal withdrawn, crossed (about whom, with an optional sealed note). position
-- orders them even when two fall in the same millisecond.
CREATE TABLE boundary_event (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    boundary_id VARCHAR(36) NOT NULL REFERENCES boundary (id) ON DELETE CASCADE,
    couple_id   VARCHAR(36) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    actor_id    VARCHAR(36) NOT NULL,
    about_id    VARCHAR(36),
    number      INTEGER,
    note        BYTEA,
    position    INTEGER     NOT NULL,
    created_at  BIGINT      NOT NULL
);
CREATE INDEX boundary_event_boundary ON boundary_event (boundary_id, position);
CREATE INDEX boundary_event_couple ON boundary_event (couple_id, kind, created_at);

-- When each partner last opened a boundary: what the other did since is news on their dashboard.
CREATE TABLE boundary_seen (
    boundary_id VARCHAR(36) NOT NULL REFERENCES boundary (id) ON DELETE CASCADE,
    person_id   VARCHAR(36) NOT NULL,
    seen_at     BIGINT      NOT NULL,
    PRIMARY KEY (boundary_id, person_id)
);
