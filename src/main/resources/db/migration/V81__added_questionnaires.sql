-- Questionnaires a counselor added for the people whose counselor they are. 'definition' is the
-- definition as the counselor wrote it, in the format of an operator's questionnaire file; it is
-- instrument text meant to be read by those who answer it, so it is not sealed, and it stays after
-- 'retired_at' (no longer offered) or the counselor's account is gone, because people's answers to it
-- are read with it. 'id' is given by the application ('c-' and ten letters or digits).
CREATE TABLE added_questionnaire (
    id          VARCHAR(32) NOT NULL PRIMARY KEY,
    author_id   VARCHAR(36) NOT NULL,
    definition  TEXT        NOT NULL,
    created_at  BIGINT      NOT NULL,
    retired_at  BIGINT
);
CREATE INDEX added_questionnaire_author ON added_questionnaire (author_id);
