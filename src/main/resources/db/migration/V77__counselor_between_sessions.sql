-- Between sessions: what a counselor suggests to one partner or both (an exercise of the program or a
-- questionnaire), and when the counselor last opened each couple's page.
--
-- counselor_suggestion: 'kind' is 'exercise' or 'measure', 'target' the exercise's or questionnaire's
-- id. The optional note is the counselor's own writing, sealed with the counselor's key (kind
-- 'counselor-suggestion-note'): it is in the counselor's export and goes with their account. Tied to
-- the link, so nothing is shown once the counselor's access ends.
CREATE TABLE counselor_suggestion (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    link_id      VARCHAR(36) NOT NULL REFERENCES counselor_link (id),
    counselor_id VARCHAR(36) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    target       VARCHAR(80) NOT NULL,
    note         BYTEA,
    created_at   BIGINT      NOT NULL
);
CREATE INDEX counselor_suggestion_link ON counselor_suggestion (link_id, created_at);

-- Each partner a suggestion is addressed to, and their own answer: NULL while it waits, 'accepted'
-- or 'declined'. The answer is the person's: in their export, gone with their account.
CREATE TABLE counselor_suggestion_to (
    suggestion_id VARCHAR(36) NOT NULL REFERENCES counselor_suggestion (id) ON DELETE CASCADE,
    person_id     VARCHAR(36) NOT NULL,
    answer        VARCHAR(16),
    answered_at   BIGINT,
    version       INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (suggestion_id, person_id)
);
CREATE INDEX counselor_suggestion_to_person ON counselor_suggestion_to (person_id);

-- When the counselor last opened a couple's page, so their list can put what changed since first.
CREATE TABLE counselor_visit (
    link_id      VARCHAR(36) NOT NULL REFERENCES counselor_link (id),
    counselor_id VARCHAR(36) NOT NULL,
    visited_at   BIGINT      NOT NULL,
    PRIMARY KEY (link_id, counselor_id)
);
