-- One unfinished reflection per person, kept as they write so nothing is lost to a closed tab or a
-- dead battery. Sealed under the author's data key like the reflection itself; deleted when the
-- reflection is saved.
CREATE TABLE reflection_draft (
    author_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    id         VARCHAR(36) NOT NULL,
    content    BYTEA       NOT NULL,
    updated_at BIGINT      NOT NULL
);
