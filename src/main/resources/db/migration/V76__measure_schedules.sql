-- The measures a person chose to answer, and how often: 'weekly', 'fortnightly', 'monthly' or 'once',
-- counted from starts_on ('yyyy-MM-dd' on their calendar). Answers go to questionnaire_response like
-- the weekly check-in's, one per person, questionnaire and day (its 'week' column holds the day).
-- Nothing here is written by the person in words: the row only says which measure and how often.
CREATE TABLE measure_schedule (
    person_id        VARCHAR(36) NOT NULL,
    questionnaire_id VARCHAR(64) NOT NULL,
    cadence          VARCHAR(16) NOT NULL,
    starts_on        VARCHAR(10) NOT NULL,
    created_at       BIGINT      NOT NULL,
    updated_at       BIGINT      NOT NULL,
    version          INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (person_id, questionnaire_id)
);
