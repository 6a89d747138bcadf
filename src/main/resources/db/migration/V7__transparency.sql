-- Step 4: the question box, the sharing log and the amends plan. Everything anyone wrote is one
-- encrypted blob sealed with its writer's key. Every entry belongs to the couple space it was
-- written in and is readable by its two partners while that space lasts. Days ('yyyy-MM-dd') are
-- calendar dates in the time zone of the person who chose them.

-- A question one partner asks the other. A follow-up has the question it follows (parent) and the
-- first question of its thread (root).
CREATE TABLE question (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id     VARCHAR(36) NOT NULL,
    asker_id      VARCHAR(36) NOT NULL,
    answerer_id   VARCHAR(36) NOT NULL,
    root_id       VARCHAR(36),
    parent_id     VARCHAR(36),
    content       BYTEA       NOT NULL,
    status        VARCHAR(12) NOT NULL,
    answer_by     VARCHAR(10),
    feedback      VARCHAR(16),
    asked_at      BIGINT      NOT NULL,
    answered_at   BIGINT,
    updated_at    BIGINT      NOT NULL,
    asker_seen_at BIGINT      NOT NULL,
    version       INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX question_couple ON question (couple_id, asked_at);
CREATE INDEX question_root ON question (root_id, asked_at);
CREATE INDEX question_answered ON question (couple_id, answered_at);

-- Every response to a question, in order (position: the question's version the response made):
-- answers (an edited answer is a new row, the earlier
-- stays), "I need time" with its date, "with our counselor" and "I won't answer" with a reason.
CREATE TABLE question_response (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    question_id VARCHAR(36) NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    author_id   VARCHAR(36) NOT NULL,
    kind        VARCHAR(12) NOT NULL,
    content     BYTEA,
    answer_by   VARCHAR(10),
    position    INTEGER     NOT NULL,
    created_at  BIGINT      NOT NULL
);
CREATE UNIQUE INDEX question_response_question ON question_response (question_id, position);

-- "I want you to know…": something shared before it was asked for, and the partner's acknowledgement.
CREATE TABLE disclosure (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    author_id  VARCHAR(36) NOT NULL,
    partner_id VARCHAR(36) NOT NULL,
    content    BYTEA       NOT NULL,
    created_at BIGINT      NOT NULL,
    ack_at     BIGINT,
    ack_note   BYTEA
);
CREATE INDEX disclosure_couple ON disclosure (couple_id, created_at);

-- One concrete action of an amends plan: what, by when, how far along, and the partner's
-- acknowledgement once it is done.
CREATE TABLE amend (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    author_id  VARCHAR(36) NOT NULL,
    partner_id VARCHAR(36) NOT NULL,
    content    BYTEA       NOT NULL,
    due_day    VARCHAR(10) NOT NULL,
    status     VARCHAR(12) NOT NULL,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    done_at    BIGINT,
    ack_at     BIGINT,
    ack_note   BYTEA,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX amend_couple ON amend (couple_id, created_at);
CREATE INDEX amend_done ON amend (couple_id, done_at);
