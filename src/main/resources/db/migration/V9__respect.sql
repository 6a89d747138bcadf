-- Mutual respect: appreciations, kind acts and the consent to see the ratio together. What anyone
-- wrote is one encrypted blob sealed with its writer's key. Every entry belongs to the couple space
-- it was written in. Days ('yyyy-MM-dd') are calendar dates in the time zone of the person who
-- chose them. (V8 belongs to boundaries.)

-- An appreciation one partner sends the other. It does not change once sent; seen_at is when the
-- partner first opened it.
CREATE TABLE appreciation (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    author_id  VARCHAR(36) NOT NULL,
    partner_id VARCHAR(36) NOT NULL,
    content    BYTEA       NOT NULL,
    created_at BIGINT      NOT NULL,
    seen_at    BIGINT
);
CREATE INDEX appreciation_couple ON appreciation (couple_id, created_at);
CREATE INDEX appreciation_unseen ON appreciation (partner_id, seen_at);

-- A kind act a person did, on a day (today or up to a week back), private unless they share it.
-- done_at is noon of that day in their time zone: the moment the ratio counts it at.
CREATE TABLE kind_act (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    author_id  VARCHAR(36) NOT NULL,
    content    BYTEA       NOT NULL,
    day        VARCHAR(10) NOT NULL,
    done_at    BIGINT      NOT NULL,
    visibility VARCHAR(16) NOT NULL,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL
);
CREATE INDEX kind_act_couple ON kind_act (couple_id, done_at);

-- "Share our ratio": one row per person who chose it in a space; withdrawing deletes the row. The
-- ratio is shown together only while both rows of a space exist.
CREATE TABLE ratio_consent (
    couple_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    given_at  BIGINT      NOT NULL,
    PRIMARY KEY (couple_id, person_id)
);

-- The ratio asks for the live sessions of one couple that ended within twelve weeks.
CREATE INDEX live_session_couple_ended ON live_session (couple_id, ended_at);
