-- State of Us: the couple's weekly meeting. One time a week, chosen together: one proposes a
-- weekday and a time in their own time zone, the other accepts or proposes another.
CREATE TABLE meeting_time (
    couple_id   VARCHAR(36) NOT NULL PRIMARY KEY,
    weekday     INTEGER     NOT NULL,
    local_time  VARCHAR(5)  NOT NULL,
    zone        VARCHAR(64) NOT NULL,
    proposed_by VARCHAR(36) NOT NULL,
    agreed_at   BIGINT,
    updated_at  BIGINT      NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0
);

-- One meeting a week (weeks start on Monday, in the agreed time's zone), made when someone first
-- prepares or starts it. Started is when both sat down: from then on each sees what the other prepared.
CREATE TABLE meeting (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    week_start VARCHAR(10) NOT NULL,
    started_at BIGINT,
    held_at    BIGINT,
    held_by    VARCHAR(36),
    created_at BIGINT      NOT NULL
);
CREATE UNIQUE INDEX meeting_couple_week ON meeting (couple_id, week_start);

-- Each one's preparation, written privately and sealed with the writer's key.
CREATE TABLE meeting_prep (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    meeting_id    VARCHAR(36) NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id     VARCHAR(36) NOT NULL,
    went_well     BYTEA,
    talk_about    BYTEA,
    need          BYTEA,
    commitment_id VARCHAR(36),
    updated_at    BIGINT      NOT NULL,
    version       INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX meeting_prep_person ON meeting_prep (meeting_id, person_id);
