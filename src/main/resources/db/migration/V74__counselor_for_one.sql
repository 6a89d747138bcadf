-- A person alone may invite a counselor with their own consent (decision 42). Such a link is marked
-- from its start: it stands on its inviter's consent alone, and a partner who joins later is shown
-- nothing to the counselor until they agree too. A link made by two people still needs both.
ALTER TABLE counselor_link ADD COLUMN started_alone BOOLEAN NOT NULL DEFAULT FALSE;
