-- Weekly check-ins: one response per person, questionnaire and week (the Monday of the person's
-- week, 'yyyy-MM-dd' on their calendar). Answers and scores are sealed with the person's key: only
-- they read them, and the partner sees scores only while the person shares them. An unfinished
-- response keeps what was answered (complete = 0).
CREATE TABLE questionnaire_response (
    id               VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id        VARCHAR(36) NOT NULL,
    questionnaire_id VARCHAR(64) NOT NULL,
    definition       INTEGER     NOT NULL,
    week             VARCHAR(10) NOT NULL,
    answers          BYTEA       NOT NULL,
    scores           BYTEA,
    complete         INTEGER     NOT NULL DEFAULT 0,
    created_at       BIGINT      NOT NULL,
    updated_at       BIGINT      NOT NULL,
    version          INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX questionnaire_response_week ON questionnaire_response (person_id, questionnaire_id, week);

-- Who a person shows their check-in scores to. Answers themselves are never shown to anyone.
CREATE TABLE score_sharing (
    person_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    partner    INTEGER     NOT NULL DEFAULT 0,
    updated_at BIGINT      NOT NULL
);
