-- A person's choices for notices by e-mail. All off until they choose. The address is the account's
-- e-mail once confirmed through a link; only the hash of that link's token is kept.
CREATE TABLE notice_settings (
    person_id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    partner_news         BOOLEAN      NOT NULL DEFAULT FALSE,
    quiet_from           VARCHAR(5),
    quiet_until          VARCHAR(5),
    daily                BOOLEAN      NOT NULL DEFAULT FALSE,
    daily_at             VARCHAR(5),
    confirmed_address    VARCHAR(320),
    confirmed_at         BIGINT,
    confirm_requested_at BIGINT,
    confirm_token_hash   VARCHAR(64),
    confirm_expires_at   BIGINT,
    notified_through     BIGINT,
    failures             INTEGER      NOT NULL DEFAULT 0,
    retry_at             BIGINT,
    updated_at           BIGINT       NOT NULL,
    version              INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX notice_settings_confirm_token ON notice_settings (confirm_token_hash);

-- Every mail carries a one-click unsubscribe link of its own; only the hash of its token is kept.
CREATE TABLE notice_unsubscribe (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36) NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX notice_unsubscribe_person ON notice_unsubscribe (person_id);

-- One row per notice a person was sent: the window (the newest thing it told of, or the day of a
-- daily notice) is unique, so the same notice is never sent twice.
CREATE TABLE notice_sent (
    person_id  VARCHAR(36) NOT NULL,
    window_key VARCHAR(40) NOT NULL,
    sent_at    BIGINT      NOT NULL,
    PRIMARY KEY (person_id, window_key)
);
