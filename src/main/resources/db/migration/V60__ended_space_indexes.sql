-- After a space ends, each person's own answers to apologies and their own conversations are read by
-- person: the apologies page and the conversations page list them under "From a space that has ended".
CREATE INDEX apology_answer_answerer ON apology_answer (answerer_id);
CREATE INDEX conversation_proposer ON conversation (proposer_id, starts_at);
CREATE INDEX conversation_partner ON conversation (partner_id, starts_at);
