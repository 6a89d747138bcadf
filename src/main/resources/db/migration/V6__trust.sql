-- Step 3: commitments, their change history and check-ins. Days are calendar dates ('yyyy-MM-dd')
-- in the time zone of the person who committed, so they sort as text and never shift with
-- daylight-saving changes.
CREATE TABLE commitment (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    author_id  VARCHAR(36) NOT NULL,
    couple_id  VARCHAR(36),
    visibility VARCHAR(16) NOT NULL,
    content    BYTEA       NOT NULL,
    kind       VARCHAR(8)  NOT NULL,
    week_days  INTEGER     NOT NULL DEFAULT 0,
    start_day  VARCHAR(10) NOT NULL,
    end_day    VARCHAR(10),
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX commitment_author ON commitment (author_id, created_at);
CREATE INDEX commitment_couple ON commitment (couple_id, visibility);

-- Every version a commitment had, and every change proposed to a shared one.
CREATE TABLE commitment_revision (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    commitment_id VARCHAR(36) NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    proposed_by   VARCHAR(36) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    content       BYTEA       NOT NULL,
    kind          VARCHAR(8)  NOT NULL,
    week_days     INTEGER     NOT NULL DEFAULT 0,
    start_day     VARCHAR(10) NOT NULL,
    end_day       VARCHAR(10),
    created_at    BIGINT      NOT NULL,
    decided_at    BIGINT
);
CREATE INDEX commitment_revision_commitment ON commitment_revision (commitment_id, created_at);

CREATE TABLE check_in (
    commitment_id   VARCHAR(36) NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    day             VARCHAR(10) NOT NULL,
    outcome         VARCHAR(10) NOT NULL,
    note            BYTEA,
    reported_at     BIGINT      NOT NULL,
    confirmation    VARCHAR(10),
    confirmed_by    VARCHAR(36),
    confirm_note    BYTEA,
    confirmed_at    BIGINT,
    version         INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (commitment_id, day)
);
