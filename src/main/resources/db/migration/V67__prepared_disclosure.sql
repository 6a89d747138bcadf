-- A prepared disclosure: one planned, complete account written by one partner in four fixed parts
-- (each sealed with the author's key), kept as a draft only its author sees until it is given at a
-- time both agreed. Nothing of it exists for the partner before a time is proposed, and only the
-- meeting (never the text) before it is given (decision 0037). A counselor the author showed it to
-- can leave one note back for the author (sealed with the counselor's key), never seen by the partner.
CREATE TABLE prepared_disclosure (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id   VARCHAR(36) NOT NULL,
    author_id   VARCHAR(36) NOT NULL,
    partner_id  VARCHAR(36) NOT NULL,
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
CREATE UNIQUE INDEX prepared_disclosure_author ON prepared_disclosure (couple_id, author_id);

-- The partner's answer to each part once it is given: answered to their satisfaction, or not yet.
CREATE TABLE prepared_disclosure_mark (
    disclosure_id VARCHAR(36) NOT NULL REFERENCES prepared_disclosure (id) ON DELETE CASCADE,
    part          VARCHAR(16) NOT NULL,
    mark          VARCHAR(16) NOT NULL,
    marked_at     BIGINT      NOT NULL,
    PRIMARY KEY (disclosure_id, part)
);

-- What the author adds after it was given: each its own dated text, never merged into the parts.
CREATE TABLE prepared_disclosure_addition (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    disclosure_id VARCHAR(36) NOT NULL REFERENCES prepared_disclosure (id) ON DELETE CASCADE,
    author_id     VARCHAR(36) NOT NULL,
    content       BYTEA       NOT NULL,
    added_at      BIGINT      NOT NULL,
    seen_at       BIGINT
);
CREATE INDEX prepared_disclosure_addition_of ON prepared_disclosure_addition (disclosure_id, added_at);

-- A question can be about one part of a given disclosure.
ALTER TABLE question ADD COLUMN disclosure_id VARCHAR(36);
ALTER TABLE question ADD COLUMN disclosure_part VARCHAR(16);
