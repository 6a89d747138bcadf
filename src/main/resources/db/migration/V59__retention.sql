-- Entries of the kinds a person chose are deleted once they are older than the months they chose.
CREATE TABLE retention_choice (
    person_id VARCHAR(36) NOT NULL,
    kind      VARCHAR(32) NOT NULL,
    months    INTEGER     NOT NULL,
    chosen_at BIGINT      NOT NULL,
    PRIMARY KEY (person_id, kind)
);
