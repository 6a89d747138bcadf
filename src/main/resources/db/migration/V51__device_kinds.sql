-- What kind of browser a remembered device is (browser and system family from its user agent, such
-- as FIREFOX/LINUX), so a person can recognise it in their list. Nothing finer is kept.
ALTER TABLE trusted_device ADD COLUMN device VARCHAR(40);

-- When a person last looked at their sessions and devices: a sign-in from a new browser after it is
-- told on Today.
CREATE TABLE device_seen (
    person_id VARCHAR(36) NOT NULL PRIMARY KEY,
    seen_at   BIGINT      NOT NULL
);
