-- The region whose counseling and crisis resources a person sees: a code from the operator's
-- resources file ('ES', 'GB-SCT', 'INTL'). A setting like a time zone, not something the person
-- wrote, so it is stored as it is. A row exists only once the person chose; until then the region
-- is guessed from the browser's language on each visit.
CREATE TABLE help_region (
    person_id VARCHAR(36) NOT NULL PRIMARY KEY,
    region    VARCHAR(16) NOT NULL,
    chosen_at BIGINT      NOT NULL
);
