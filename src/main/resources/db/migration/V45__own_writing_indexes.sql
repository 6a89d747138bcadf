-- A person's own entries of every space, the ones that ended included (decision 28), are found by
-- their author (or the other person named in them) rather than by the space.
CREATE INDEX own_question_asker ON question (asker_id, asked_at);
CREATE INDEX own_question_answerer ON question (answerer_id, asked_at);
CREATE INDEX own_dialogue_thread_starter ON dialogue_thread (starter_id, last_message_at);
CREATE INDEX own_dialogue_thread_partner ON dialogue_thread (partner_id, last_message_at);
CREATE INDEX own_appreciation_author ON appreciation (author_id, created_at);
CREATE INDEX own_kind_act_author ON kind_act (author_id, day);
CREATE INDEX own_amend_author ON amend (author_id, created_at);
CREATE INDEX own_amend_partner ON amend (partner_id, created_at);
CREATE INDEX own_disclosure_author ON disclosure (author_id, created_at);
CREATE INDEX own_disclosure_partner ON disclosure (partner_id, created_at);
CREATE INDEX own_boundary_proposer ON boundary (proposer_id, created_at);
CREATE INDEX own_boundary_partner ON boundary (partner_id, created_at);
