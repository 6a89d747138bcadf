-- Whom a hard date's ask is meant for: the partner in the space when it was written (or when its
-- writer chose to show it to someone who joined later). An ask written alone has none and reaches
-- nobody until its writer shows it.
ALTER TABLE hard_date ADD COLUMN ask_for_id VARCHAR(36);

-- Asks written while both were in today's space were meant for that partner.
UPDATE hard_date SET ask_for_id = (
    SELECT other.person_id
    FROM couple_member me
    JOIN couple_member other ON other.couple_id = me.couple_id AND other.person_id <> me.person_id
    WHERE me.person_id = hard_date.person_id AND me.left_at IS NULL AND other.left_at IS NULL
      AND other.joined_at <= hard_date.created_at)
WHERE ask IS NOT NULL;
