-- Hard moments. A person's log of what set off a hard moment, their plan for such moments and the
-- dates they know will be hard: theirs alone, every word sealed with their key. Nothing here is
-- shown to anyone, except what a person asks of their partner for a hard date, if they choose to.
CREATE TABLE trigger_entry (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id   VARCHAR(36) NOT NULL,
    happened_at BIGINT      NOT NULL,
    strength    INTEGER     NOT NULL,
    what        BYTEA,
    tags        BYTEA,
    did         BYTEA,
    helped      BYTEA,
    created_at  BIGINT      NOT NULL,
    updated_at  BIGINT      NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX trigger_entry_person ON trigger_entry (person_id, happened_at);

CREATE TABLE coping_plan (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    helps      BYTEA,
    avoid      BYTEA,
    people     BYTEA,
    updated_at BIGINT      NOT NULL,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX coping_plan_person ON coping_plan (person_id);

-- A date a person knows will be hard (the day they found out, an anniversary), once or every year.
-- ask: what they would like from their partner on that day, shown to the partner only if written.
CREATE TABLE hard_date (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    day        VARCHAR(10) NOT NULL,
    yearly     INTEGER     NOT NULL DEFAULT 0,
    label      BYTEA       NOT NULL,
    ask        BYTEA,
    created_at BIGINT      NOT NULL
);
CREATE INDEX hard_date_person ON hard_date (person_id);

-- Reassurance agreed in advance: a line one partner would like to receive in a hard moment, which
-- the other accepts (or not). Sealed with the key of the person who wrote it.
CREATE TABLE reassurance_line (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    author_id  VARCHAR(36) NOT NULL,
    partner_id VARCHAR(36) NOT NULL,
    content    BYTEA       NOT NULL,
    status     VARCHAR(12) NOT NULL,
    created_at BIGINT      NOT NULL,
    decided_at BIGINT,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX reassurance_line_couple ON reassurance_line (couple_id, created_at);

-- "I'm having a hard moment": no words, no reason, only that it was asked and which agreed line
-- the partner answered with.
CREATE TABLE reassurance_request (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id      VARCHAR(36) NOT NULL,
    requester_id   VARCHAR(36) NOT NULL,
    partner_id     VARCHAR(36) NOT NULL,
    created_at     BIGINT      NOT NULL,
    answer_line_id VARCHAR(36),
    answered_at    BIGINT,
    answer_seen_at BIGINT,
    version        INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX reassurance_request_couple ON reassurance_request (couple_id, created_at);

CREATE TABLE reassurance_pause (
    person_id VARCHAR(36) NOT NULL PRIMARY KEY,
    paused_at BIGINT      NOT NULL
);
