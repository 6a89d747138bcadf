-- Reminders of a person's own due things, the look of their mails, a calendar address of their own
-- (only its hash), and what happened when a mail could not be delivered.
ALTER TABLE notice_settings ADD COLUMN reminders BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE notice_settings ADD COLUMN remind_at VARCHAR(5);
ALTER TABLE notice_settings ADD COLUMN weekly_day VARCHAR(9);
ALTER TABLE notice_settings ADD COLUMN conversation_before BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE notice_settings ADD COLUMN mail_look VARCHAR(16) NOT NULL DEFAULT 'NAMED';
ALTER TABLE notice_settings ADD COLUMN bounced_at BIGINT;
ALTER TABLE notice_settings ADD COLUMN feed_token_hash VARCHAR(64);
CREATE UNIQUE INDEX notice_settings_feed_token ON notice_settings (feed_token_hash);
CREATE INDEX notice_unsubscribe_created ON notice_unsubscribe (created_at);
CREATE INDEX notice_sent_at ON notice_sent (sent_at);

-- Registration when mail is set up: the account is created only when the link mailed to the address
-- is opened, so the answer to "register" is the same whether or not the address has an account.
CREATE TABLE pending_registration (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    language      VARCHAR(8),
    time_zone     VARCHAR(64),
    continue_path VARCHAR(500),
    discreet      BOOLEAN      NOT NULL DEFAULT FALSE,
    token_hash    VARCHAR(64),
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL,
    mailed_at     BIGINT
);
CREATE UNIQUE INDEX pending_registration_token ON pending_registration (token_hash);
CREATE INDEX pending_registration_email ON pending_registration (email);
