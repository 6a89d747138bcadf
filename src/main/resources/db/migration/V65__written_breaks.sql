-- A break from a written exchange (a dialogue thread, a question thread): the other sees that the
-- person is taking a break and when they will be back, nothing more.
CREATE TABLE written_break (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,
    thread_id  VARCHAR(36) NOT NULL,
    person_id  VARCHAR(36) NOT NULL,
    started_at BIGINT      NOT NULL,
    ends_at    BIGINT      NOT NULL
);
CREATE INDEX written_break_thread ON written_break (thread_id, ends_at);
