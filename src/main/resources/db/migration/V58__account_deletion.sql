-- Closing an account: the request waits out a grace period the person can cancel, then everything the
-- person wrote is erased and their data key destroyed. Only ids and times are kept here.

CREATE TABLE account_deletion (
    person_id    VARCHAR(36) NOT NULL PRIMARY KEY,
    requested_at BIGINT      NOT NULL,
    due_at       BIGINT      NOT NULL
);
CREATE INDEX account_deletion_due ON account_deletion (due_at);

-- Every person whose data key was destroyed. A copy of this list is kept beside the master key,
-- outside every database backup, so that a backup taken before an erasure cannot bring it back.
CREATE TABLE erased_person (
    person_id VARCHAR(36) NOT NULL PRIMARY KEY,
    erased_at BIGINT      NOT NULL
);

-- Why a space ended, so the one who stays is told plainly: LEFT, or ACCOUNT_CLOSED.
ALTER TABLE couple_space ADD COLUMN end_reason VARCHAR(20);
ALTER TABLE couple_space ADD COLUMN ended_by VARCHAR(36);
