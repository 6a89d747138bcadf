package app.kintsugi.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Every column that holds sealed content, with how to find the owner, the kind and the record id
 * that were bound into its ciphertext, so {@code verify} can open a sample of each kind without
 * going through the modules that wrote them. A test compares this list with the schema: a new
 * sealed column that is missing here fails the build.
 */
public final class SealedColumns {

    /** How the record id bound into the ciphertext is derived from the row. */
    public enum RecordId {
        /** The row's own id (or the id named in the query). */
        ROW,
        /** A commitment's check-in on a day: a name-based UUID of "commitment|day". */
        CHECK_IN,
        /** A person's notepad for an exercise: a name-based UUID of "exercise-note:" + exercise id. */
        EXERCISE_NOTE;

        public UUID of(String a, String b) {
            return switch (this) {
                case ROW -> UUID.fromString(a);
                case CHECK_IN -> UUID.nameUUIDFromBytes((a + "|" + b).getBytes(StandardCharsets.UTF_8));
                case EXERCISE_NOTE -> UUID.nameUUIDFromBytes(("exercise-note:" + a).getBytes(StandardCharsets.UTF_8));
            };
        }
    }

    /**
     * One sealed column. {@code from} is the FROM clause (a table, or a join), {@code owner},
     * {@code a} and {@code b} SQL expressions for the owner's id and the parts of the record id.
     */
    public record Column(String table, String column, String kind, String from, String owner, String a, String b, RecordId recordId) {

        public String name() {
            return table + "." + column;
        }
    }

    private static Column row(String table, String column, String kind, String owner) {
        return new Column(table, column, kind, table, owner, "id", null, RecordId.ROW);
    }

    public static final List<Column> ALL = List.of(
            row("reflection", "content", "reflection", "author_id"),
            row("reflection_draft", "content", "reflection-draft", "author_id"),
            row("safety_check", "answers", "safety-check", "person_id"),
            row("timeline_entry", "content", "timeline", "author_id"),
            row("own_role_entry", "content", "own-role", "author_id"),
            row("apology", "content", "apology", "author_id"),
            new Column("apology_answer", "note", "apology-answer", "apology_answer", "answerer_id", "apology_id", null, RecordId.ROW),
            row("ground_rule", "content", "ground-rule", "author_id"),
            row("conversation", "topic", "conversation", "proposer_id"),
            row("conversation", "place", "conversation-place", "proposer_id"),
            new Column("live_session", "summary", "live-summary", "live_session", "summary_by", "conversation_id", null, RecordId.ROW),
            new Column("live_rating", "note", "live-note", "live_rating", "person_id", "conversation_id", null, RecordId.ROW),
            row("dialogue_thread", "topic", "dialogue-thread", "starter_id"),
            row("dialogue_message", "content", "dialogue-message", "author_id"),
            row("commitment", "content", "commitment", "author_id"),
            row("commitment_revision", "content", "commitment-revision", "proposed_by"),
            new Column("check_in", "note", "check-in", "check_in JOIN commitment ON commitment.id = check_in.commitment_id",
                    "commitment.author_id", "check_in.commitment_id", "check_in.day", RecordId.CHECK_IN),
            new Column("check_in", "confirm_note", "check-in-answer", "check_in", "confirmed_by", "commitment_id", "day",
                    RecordId.CHECK_IN),
            row("question", "content", "question", "asker_id"),
            row("question_response", "content", "question-response", "author_id"),
            row("disclosure", "content", "disclosure", "author_id"),
            row("disclosure", "ack_note", "disclosure-ack", "partner_id"),
            row("amend", "content", "amend", "author_id"),
            row("amend", "ack_note", "amend-ack", "partner_id"),
            row("prepared_disclosure", "timeline", "prepared-disclosure-timeline", "author_id"),
            row("prepared_disclosure", "hidden", "prepared-disclosure-hidden", "author_id"),
            row("prepared_disclosure", "who_knows", "prepared-disclosure-who-knows", "author_id"),
            row("prepared_disclosure", "contact_now", "prepared-disclosure-contact-now", "author_id"),
            row("prepared_disclosure_addition", "content", "prepared-disclosure-addition", "author_id"),
            row("prepared_disclosure", "review_note", "prepared-disclosure-review", "review_note_by"),
            row("boundary_version", "what", "boundary-what", "author_id"),
            row("boundary_version", "why", "boundary-why", "author_id"),
            row("boundary_event", "note", "boundary-crossed-note", "actor_id"),
            row("appreciation", "content", "appreciation", "author_id"),
            row("kind_act", "content", "kind-act", "author_id"),
            row("trigger_entry", "what", "hard-moment-what", "person_id"),
            row("trigger_entry", "tags", "hard-moment-tags", "person_id"),
            row("trigger_entry", "did", "hard-moment-did", "person_id"),
            row("trigger_entry", "helped", "hard-moment-helped", "person_id"),
            row("coping_plan", "helps", "coping-plan-helps", "person_id"),
            row("coping_plan", "avoid", "coping-plan-avoid", "person_id"),
            row("coping_plan", "people", "coping-plan-people", "person_id"),
            row("hard_date", "label", "hard-date-label", "person_id"),
            row("hard_date", "ask", "hard-date-ask", "person_id"),
            row("reassurance_line", "content", "reassurance-line", "author_id"),
            row("repair", "title", "repair-title", "starter_id"),
            row("repair_part", "feelings", "repair-feelings", "person_id"),
            row("repair_part", "perception", "repair-perception", "person_id"),
            row("repair_part", "triggers", "repair-triggers", "person_id"),
            row("repair_part", "owned", "repair-owned", "person_id"),
            row("repair_part", "differently", "repair-differently", "person_id"),
            row("meeting_prep", "went_well", "meeting-went-well", "person_id"),
            row("meeting_prep", "talk_about", "meeting-talk-about", "person_id"),
            row("meeting_prep", "need", "meeting-need", "person_id"),
            row("decision_note", "staying", "decision-staying", "person_id"),
            row("decision_note", "parting", "decision-parting", "person_id"),
            row("decision_note", "to_know", "decision-to-know", "person_id"),
            row("decision_note", "changed", "decision-changed", "person_id"),
            row("decision_lean", "lean", "decision-lean", "person_id"),
            row("why_entry", "relationship", "why-relationship", "author_id"),
            row("why_entry", "in_me", "why-in-me", "author_id"),
            row("why_entry", "outside", "why-outside", "author_id"),
            row("why_entry", "summary", "why-summary", "author_id"),
            row("forgiveness_mark", "position", "forgiveness-position", "person_id"),
            row("forgiveness_mark", "note", "forgiveness-note", "person_id"),
            row("unsent_letter", "content", "unsent-letter", "author_id"),
            row("accountable_entry", "did", "accountable-did", "author_id"),
            row("accountable_entry", "learned", "accountable-learned", "author_id"),
            row("accountable_entry", "keep_doing", "accountable-keep-doing", "author_id"),
            row("accountable_entry", "still_owe", "accountable-still-owe", "author_id"),
            new Column("exercise_note", "content", "exercise-note", "exercise_note", "person_id", "exercise_id", null,
                    RecordId.EXERCISE_NOTE),
            row("questionnaire_response", "answers", "check-in-answers", "person_id"),
            row("questionnaire_response", "scores", "check-in-scores", "person_id"),
            new Column("counselor", "practice", "counselor-practice", "counselor", "person_id", "person_id", null, RecordId.ROW),
            row("counselor_note", "content", "counselor-note", "counselor_id"),
            row("counselor_suggestion", "note", "counselor-suggestion-note", "counselor_id"),
            row("totp_factor", "secret", app.kintsugi.account.SecretSealing.TOTP_KIND, "person_id"),
            row("api_token", "name", app.kintsugi.account.SecretSealing.API_TOKEN_NAME_KIND, "person_id"));

    /** Byte columns that hold no sealed content: wrapped keys, session attributes, scheduler and sign-in throttle state. */
    public static final List<String> NOT_SEALED = List.of("data_key.wrapped_key", "spring_session_attributes.attribute_bytes",
            "scheduled_tasks.task_data", "sign_in_bucket.state",
            // A passkey's public key and what its device answered when it was made: nothing secret.
            "passkey.public_key", "passkey.attestation_object", "passkey.client_data_json");

    private SealedColumns() {
    }
}
