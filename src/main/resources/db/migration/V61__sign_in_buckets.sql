-- The sign-in throttle's buckets, shared by every node (decision 34). The key is a keyed hash of what
-- a bucket counts (an email, a client address, a remembered browser, an account) under a key derived
-- from the master key, never the value itself. A row expires once its bucket would be full again
-- and is then deleted by a scheduled task.
CREATE TABLE sign_in_bucket (
    bucket_key VARCHAR(64) NOT NULL PRIMARY KEY,
    state      BYTEA       NOT NULL,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX sign_in_bucket_expires ON sign_in_bucket (expires_at);
