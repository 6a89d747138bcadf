package app.kintsugi.privacy.internal;

import java.util.List;
import java.util.Map;

/**
 * What erasing a person does to every column of the schema that can hold a person's id. A test
 * compares this plan with the schema: a new column ending in {@code _id} or {@code _by} that is not
 * named here fails the build, so a new table cannot be forgotten by account deletion.
 *
 * <p>Before any of this, every sealed column the person owns ({@link SealedColumns}) is blanked,
 * wherever it is: their words are gone even from rows that stay.
 */
public final class ErasurePlan {

    /** Where a sealed column's owner is found through another table, the rows of the person to blank. */
    public static final Map<String, String> OWNED_THROUGH = Map.of(
            "check_in.note", "commitment_id IN (SELECT id FROM commitment WHERE author_id = ?)");

    /** Rows that are wholly the person's, holding nobody else's writing: deleted. table -> column naming the person. */
    public static final Map<String, String> DELETE_ROWS = Map.ofEntries(
            Map.entry("person", "id"),
            Map.entry("reflection", "author_id"),
            Map.entry("reflection_draft", "author_id"),
            Map.entry("safety_check", "person_id"),
            Map.entry("exercise_progress", "person_id"),
            Map.entry("exercise_note", "person_id"),
            Map.entry("progress_sharing", "person_id"),
            Map.entry("timeline_entry", "author_id"),
            Map.entry("trusted_device", "person_id"),
            Map.entry("own_role_entry", "author_id"),
            Map.entry("apology_answer", "answerer_id"),
            Map.entry("live_device", "person_id"),
            Map.entry("live_rating", "person_id"),
            Map.entry("dialogue_message", "author_id"),
            Map.entry("dialogue_read", "person_id"),
            Map.entry("boundary_seen", "person_id"),
            Map.entry("appreciation", "author_id"),
            Map.entry("kind_act", "author_id"),
            Map.entry("ratio_consent", "person_id"),
            Map.entry("questionnaire_response", "person_id"),
            Map.entry("score_sharing", "person_id"),
            Map.entry("counselor", "person_id"),
            Map.entry("counselor_share", "owner_id"),
            Map.entry("counselor_note", "counselor_id"),
            Map.entry("help_region", "person_id"),
            Map.entry("inbox_entry", "person_id"),
            Map.entry("notice_settings", "person_id"),
            Map.entry("notice_unsubscribe", "person_id"),
            Map.entry("notice_sent", "person_id"),
            Map.entry("device_seen", "person_id"),
            Map.entry("password_reset", "person_id"),
            Map.entry("account_deletion", "person_id"),
            Map.entry("retention_choice", "person_id"),
            Map.entry("totp_factor", "person_id"),
            Map.entry("recovery_code", "person_id"),
            Map.entry("sign_in_failure", "person_id"),
            Map.entry("sign_in_change", "person_id"),
            Map.entry("sign_in_link", "person_id"),
            Map.entry("passkey", "person_id"),
            Map.entry("api_token", "person_id"),
            Map.entry("passkey_user", "person_id"),
            Map.entry("trigger_entry", "person_id"),
            Map.entry("coping_plan", "person_id"),
            Map.entry("hard_date", "person_id"),
            Map.entry("reassurance_line", "author_id"),
            Map.entry("reassurance_request", "requester_id"),
            Map.entry("reassurance_pause", "person_id"),
            Map.entry("written_break", "person_id"),
            Map.entry("repair_part", "person_id"),
            Map.entry("meeting_prep", "person_id"),
            Map.entry("prepared_disclosure", "author_id"),
            Map.entry("prepared_disclosure_addition", "author_id"),
            Map.entry("decision_note", "person_id"),
            Map.entry("decision_lean", "person_id"),
            Map.entry("decision_reveal", "person_id"),
            Map.entry("why_entry", "author_id"),
            Map.entry("forgiveness_mark", "person_id"),
            Map.entry("unsent_letter", "author_id"),
            Map.entry("accountable_entry", "author_id"),
            Map.entry("measure_schedule", "person_id"),
            Map.entry("counselor_suggestion", "counselor_id"),
            Map.entry("counselor_suggestion_to", "person_id"),
            Map.entry("counselor_visit", "counselor_id"));

    /**
     * Rows the person started that can hold the other person's writing (answers, acknowledgements,
     * messages, confirmations, agreements): they stay as empty frames, with every sealed column of
     * the person's blanked, so what the other wrote in them stays theirs to read (decision 28).
     */
    public static final List<String> KEPT_AS_FRAMES = List.of(
            "apology.author_id", "ground_rule.author_id", "conversation.proposer_id", "live_session.summary_by",
            "dialogue_thread.starter_id", "commitment.author_id", "commitment_revision.proposed_by", "check_in.confirmed_by",
            "question.asker_id", "question_response.author_id", "disclosure.author_id", "disclosure.partner_id",
            "amend.author_id", "amend.partner_id", "boundary_version.author_id", "boundary_event.actor_id",
            "repair.starter_id");

    /** Memberships and links that end instead: the space closes for both, counselor access ends. */
    public static final List<String> ENDED = List.of("couple_member.person_id", "counselor_link.counselor_id");

    /**
     * Ids that stay, because they say who did something, not what anyone wrote: the other person's
     * records keep saying who asked, proposed or agreed. No name or address goes with them once the
     * person row is gone.
     */
    public static final List<String> KEPT_IDS = List.of(
            "data_key.person_id", "erased_person.person_id", "audit_event.actor_id", "audit_event.subject_id",
            "couple_space.created_by", "couple_space.ended_by", "couple_invitation.created_by", "couple_invitation.used_by",
            "conversation.partner_id", "conversation.awaiting_id", "conversation_agreement.person_id",
            "live_session.speaker_id", "live_session.listener_id", "live_session.break_by",
            "dialogue_thread.partner_id", "question.answerer_id", "boundary.proposer_id", "boundary.partner_id",
            "boundary.talk_by", "boundary.revisit_by", "boundary_event.about_id", "appreciation.partner_id",
            "counselor.decided_by", "counselor_link.invited_by", "counselor_link.ended_by", "counselor_consent.person_id",
            "inbox_entry.from_id", "reassurance_line.partner_id", "reassurance_request.partner_id", "repair.partner_id",
            "prepared_disclosure.partner_id", "prepared_disclosure.proposed_by", "prepared_disclosure.review_note_by",
            "meeting_time.proposed_by", "meeting.held_by", "hard_date.ask_for_id",
            // A counselor's questionnaire stays for those who answered it; with the counselor's links ended it is offered to nobody.
            "added_questionnaire.author_id");

    /** Columns ending in _id or _by that name something else than a person. */
    public static final List<String> NOT_PEOPLE = List.of(
            "couple_member.couple_id", "couple_invitation.couple_id", "reflection.couple_id",
            "progress_sharing.couple_id", "timeline_entry.couple_id", "own_role_entry.couple_id", "apology.couple_id",
            "apology_answer.apology_id", "ground_rule.couple_id", "conversation.couple_id",
            "conversation_agreement.conversation_id", "live_session.conversation_id", "live_session.couple_id",
            "live_session.ends_by", "live_device.conversation_id", "live_rating.conversation_id", "dialogue_thread.couple_id",
            "dialogue_message.thread_id", "dialogue_read.thread_id", "commitment.couple_id", "commitment_revision.commitment_id",
            "check_in.commitment_id", "question.couple_id", "question.root_id", "question.parent_id", "question.answer_by",
            "question_response.question_id", "question_response.answer_by", "disclosure.couple_id", "amend.couple_id",
            "boundary.couple_id", "boundary_version.boundary_id", "boundary_event.boundary_id", "boundary_event.couple_id",
            "boundary_seen.boundary_id", "appreciation.couple_id", "kind_act.couple_id", "ratio_consent.couple_id",
            "questionnaire_response.questionnaire_id", "counselor_link.couple_id", "counselor_consent.link_id",
            "counselor_share.link_id", "counselor_share.entry_id", "counselor_note.link_id", "exercise_progress.exercise_id",
            "exercise_note.exercise_id", "scheduled_tasks.picked_by", "spring_session.session_id",
            "spring_session.primary_id", "spring_session_attributes.session_primary_id", "passkey.credential_id",
            "reassurance_line.couple_id", "reassurance_request.couple_id", "reassurance_request.answer_line_id",
            "written_break.thread_id", "repair.couple_id", "repair_part.repair_id", "prepared_disclosure.couple_id",
            "prepared_disclosure_mark.disclosure_id", "prepared_disclosure_addition.disclosure_id", "question.disclosure_id",
            "meeting_time.couple_id", "meeting.couple_id", "meeting_prep.meeting_id", "meeting_prep.commitment_id",
            "decision_reveal.couple_id", "why_entry.couple_id", "forgiveness_mark.couple_id", "unsent_letter.couple_id",
            "measure_schedule.questionnaire_id", "counselor_suggestion.link_id", "counselor_suggestion_to.suggestion_id",
            "counselor_visit.link_id");

    private ErasurePlan() {
    }
}
