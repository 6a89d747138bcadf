-- Step 2: planned conversations, ground rules, live speaker-listener sessions and written dialogue.
-- Everything anyone wrote (topics, places, rules, summaries, notes, messages) is one encrypted blob,
-- sealed with its writer's key.

-- The couple's own ground rules, added to the project's default list.
CREATE TABLE ground_rule (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    author_id  VARCHAR(36) NOT NULL,
    content    BYTEA       NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX ground_rule_couple ON ground_rule (couple_id, created_at);

-- A planned conversation. The partner named in awaiting_id answers the current proposal.
CREATE TABLE conversation (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id   VARCHAR(36) NOT NULL,
    proposer_id VARCHAR(36) NOT NULL,
    partner_id  VARCHAR(36) NOT NULL,
    awaiting_id VARCHAR(36),
    topic       BYTEA       NOT NULL,
    place       BYTEA,
    starts_at   BIGINT      NOT NULL,
    minutes     INTEGER     NOT NULL,
    status      VARCHAR(16) NOT NULL,
    created_at  BIGINT      NOT NULL,
    updated_at  BIGINT      NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX conversation_couple ON conversation (couple_id, starts_at);

-- Who agreed to the ground rules for a conversation; cleared when the couple's rules change.
CREATE TABLE conversation_agreement (
    conversation_id VARCHAR(36) NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    person_id       VARCHAR(36) NOT NULL,
    agreed_at       BIGINT      NOT NULL,
    PRIMARY KEY (conversation_id, person_id)
);

-- The live session of a conversation: one row, changed only by compare-and-set on version, so
-- every application node sees the same state.
CREATE TABLE live_session (
    conversation_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    couple_id       VARCHAR(36) NOT NULL,
    phase           VARCHAR(16) NOT NULL,
    speaker_id      VARCHAR(36) NOT NULL,
    listener_id     VARCHAR(36) NOT NULL,
    turn_started_at BIGINT      NOT NULL,
    turns           INTEGER     NOT NULL DEFAULT 0,
    confirmations   INTEGER     NOT NULL DEFAULT 0,
    not_quite       INTEGER     NOT NULL DEFAULT 0,
    breaks          INTEGER     NOT NULL DEFAULT 0,
    summary_by      VARCHAR(36),
    summary         BYTEA,
    resume_phase    VARCHAR(16),
    break_by        VARCHAR(36),
    break_started_at BIGINT,
    break_until     BIGINT,
    started_at      BIGINT      NOT NULL,
    ends_by         BIGINT      NOT NULL,
    ended_at        BIGINT,
    end_reason      VARCHAR(16),
    version         INTEGER     NOT NULL DEFAULT 0
);

-- The one device each person holds the session on; opening it elsewhere takes it over.
CREATE TABLE live_device (
    conversation_id VARCHAR(36) NOT NULL REFERENCES live_session (conversation_id) ON DELETE CASCADE,
    person_id       VARCHAR(36) NOT NULL,
    device_token    VARCHAR(64) NOT NULL,
    taken_at        BIGINT      NOT NULL,
    PRIMARY KEY (conversation_id, person_id)
);

-- "I felt heard" and "I felt safe" (1 to 5) with a note only its writer ever reads.
CREATE TABLE live_rating (
    conversation_id VARCHAR(36) NOT NULL REFERENCES live_session (conversation_id) ON DELETE CASCADE,
    person_id       VARCHAR(36) NOT NULL,
    heard           INTEGER     NOT NULL,
    safe            INTEGER     NOT NULL,
    note            BYTEA,
    rated_at        BIGINT      NOT NULL,
    PRIMARY KEY (conversation_id, person_id)
);

-- Written dialogue: threads on one topic between the partners of a space.
CREATE TABLE dialogue_thread (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id       VARCHAR(36) NOT NULL,
    starter_id      VARCHAR(36) NOT NULL,
    partner_id      VARCHAR(36) NOT NULL,
    topic           BYTEA       NOT NULL,
    created_at      BIGINT      NOT NULL,
    last_message_at BIGINT      NOT NULL
);
CREATE INDEX dialogue_thread_couple ON dialogue_thread (couple_id, last_message_at);

CREATE TABLE dialogue_message (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    thread_id  VARCHAR(36) NOT NULL REFERENCES dialogue_thread (id) ON DELETE CASCADE,
    author_id  VARCHAR(36) NOT NULL,
    content    BYTEA       NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX dialogue_message_thread ON dialogue_message (thread_id, created_at);

CREATE TABLE dialogue_read (
    thread_id VARCHAR(36) NOT NULL REFERENCES dialogue_thread (id) ON DELETE CASCADE,
    person_id VARCHAR(36) NOT NULL,
    read_at   BIGINT      NOT NULL,
    PRIMARY KEY (thread_id, person_id)
);
