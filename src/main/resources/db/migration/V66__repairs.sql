-- Repair after a talk that went badly: one partner starts it with a short name for the talk (sealed
-- with their key, shown to both); each writes their own part privately (sealed with their key) and
-- shares it when they choose. Both parts are shown side by side only once both are shared.
CREATE TABLE repair (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    starter_id VARCHAR(36) NOT NULL,
    partner_id VARCHAR(36) NOT NULL,
    title      BYTEA       NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX repair_couple ON repair (couple_id, created_at);

CREATE TABLE repair_part (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    repair_id   VARCHAR(36) NOT NULL REFERENCES repair (id) ON DELETE CASCADE,
    person_id   VARCHAR(36) NOT NULL,
    feelings    BYTEA,
    perception  BYTEA,
    triggers    BYTEA,
    owned       BYTEA,
    differently BYTEA,
    shared_at   BIGINT,
    seen_at     BIGINT,
    updated_at  BIGINT      NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX repair_part_person ON repair_part (repair_id, person_id);
