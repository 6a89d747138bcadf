-- Portable across SQLite and PostgreSQL: ids are text UUIDs, instants are epoch milliseconds,
-- encrypted content is bytes. Text people write never appears in a column here in plaintext.

CREATE TABLE person (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    email          VARCHAR(320) NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    locale         VARCHAR(16),
    theme          VARCHAR(16)  NOT NULL DEFAULT 'SYSTEM',
    time_zone      VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    discreet_mode  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     BIGINT       NOT NULL,
    version        INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX person_email ON person (email);

CREATE TABLE data_key (
    person_id   VARCHAR(36) NOT NULL PRIMARY KEY,
    wrapped_key BYTEA       NOT NULL,
    created_at  BIGINT      NOT NULL
);

CREATE TABLE audit_event (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    occurred_at  BIGINT      NOT NULL,
    actor_id     VARCHAR(36),
    action       VARCHAR(40) NOT NULL,
    subject_kind VARCHAR(40),
    subject_id   VARCHAR(36),
    detail       VARCHAR(200)
);
CREATE INDEX audit_event_subject ON audit_event (subject_id);
CREATE INDEX audit_event_actor ON audit_event (actor_id, occurred_at);

CREATE TABLE couple_space (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    created_by VARCHAR(36) NOT NULL,
    created_at BIGINT      NOT NULL,
    ended_at   BIGINT,
    version    INTEGER     NOT NULL DEFAULT 0
);

CREATE TABLE couple_member (
    couple_id VARCHAR(36) NOT NULL REFERENCES couple_space (id),
    person_id VARCHAR(36) NOT NULL,
    role      VARCHAR(20),
    joined_at BIGINT      NOT NULL,
    left_at   BIGINT,
    PRIMARY KEY (couple_id, person_id)
);
-- One active space per person, enforced by the database as well as by the rules.
CREATE UNIQUE INDEX couple_member_one_active ON couple_member (person_id) WHERE left_at IS NULL;

CREATE TABLE couple_invitation (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL REFERENCES couple_space (id),
    code_hash  VARCHAR(64) NOT NULL,
    created_by VARCHAR(36) NOT NULL,
    created_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL,
    used_at    BIGINT,
    used_by    VARCHAR(36),
    revoked_at BIGINT
);
CREATE UNIQUE INDEX couple_invitation_code ON couple_invitation (code_hash);
CREATE INDEX couple_invitation_couple ON couple_invitation (couple_id);

CREATE TABLE reflection (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    author_id  VARCHAR(36) NOT NULL,
    couple_id  VARCHAR(36),
    visibility VARCHAR(16) NOT NULL,
    content    BYTEA       NOT NULL,
    created_at BIGINT      NOT NULL,
    updated_at BIGINT      NOT NULL,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX reflection_author ON reflection (author_id, updated_at);
CREATE INDEX reflection_couple ON reflection (couple_id, visibility);

CREATE TABLE safety_check (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id   VARCHAR(36) NOT NULL,
    answered_at BIGINT      NOT NULL,
    answers     BYTEA       NOT NULL
);
CREATE INDEX safety_check_person ON safety_check (person_id, answered_at);

-- Sessions live in the database so any application node can serve any request.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL PRIMARY KEY,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INTEGER      NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);

