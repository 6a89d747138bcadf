package app.kintsugi.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryDraft;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.responsibility.Answer;
import app.kintsugi.responsibility.Apologies;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;

/**
 * What partners can now show a counselor, end to end: apologies and their answers, questions and
 * answers, commitments with their record, boundaries and State of Us notes, entry by entry or a
 * whole kind. For an entry two people write in, the counselor reads each person's part only if that
 * person showed it; taking a showing back counts from the next request.
 */
class CounselorSharedKindsHttpTest extends CounselorRoomTest {

    private static final String APOLOGY = "apology-words-K7r I am sorry for the lies about March.";
    private static final String APOLOGY_NOTE = "answer-note-Q4t it helps a little";
    private static final String QUESTION = "question-words-H2m Who else knew?";
    private static final String REPLY = "reply-words-Z8c Only my brother knew.";
    private static final String COMMITMENT = "commitment-words-B5n A walk together every evening";
    private static final String BOUNDARY = "boundary-words-T3v We tell each other when an ex writes.";
    private static final String WHY = "boundary-why-W6p I need to stop guessing.";
    private static final String NEED = "meeting-need-N1d An evening without phones";



    @Autowired
    Apologies apologies;

    @Autowired
    Questions questions;

    @Autowired
    Commitments commitments;

    @Autowired
    Boundaries boundaries;

    @Autowired
    app.kintsugi.meeting.WeeklyMeetings meetings;


    @Autowired
    app.kintsugi.checkin.Questionnaires questionnaires;

    private UUID link;
    private UUID apology;
    private UUID question;
    private UUID commitment;
    private UUID boundary;

    @BeforeEach
    void setUp() throws Exception {
        apology = apologies.createDraft(ana.id(), APOLOGY);
        apologies.send(ana.id(), apology, 0);
        apologies.answer(ben.id(), apology, Answer.PARTLY, APOLOGY_NOTE, Visibility.PRIVATE);
        question = questions.ask(ben.id(), QUESTION);
        questions.respond(ana.id(), question, 0, "ANSWER", REPLY, "");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid")));
        commitment = commitments.create(ana.id(), new CommitmentDraft(COMMITMENT, "DAILY", List.of(), today.minusDays(3).toString(), "",
                "PRIVATE"));
        boundary = boundaries.propose(ben.id(), new BoundaryDraft(BOUNDARY, WHY, "CONTACT", today.plusDays(91).toString()));
        meetings.prepare(ana.id(), null, null, NEED, -1);

        link = linked(counselor);
    }

    private String room() throws Exception {
        var r = page(counselor, "/counselor/couples/" + link);
        assertThat(r.getStatus()).isEqualTo(200);
        return text(r);
    }

    private void show(TestPerson who, String kind, UUID entry, boolean show) throws Exception {
        assertThat(postAs(who, "/help/counselor/show", Map.of("kind", kind, "entry", entry.toString(), "show", Boolean.toString(show)))
                .getRedirectedUrl()).contains(show ? "shown" : "hidden");
    }

    @Test
    void eachPartnerChoosesTheirOwnPartOfAnEntryTwoPeopleWroteIn() throws Exception {
        String page = text(page(ana, "/help/counselor"));
        assertThat(page).contains("Apology I sent").contains("My response to a question").contains("Commitment and its record")
                .contains("My State of Us notes").contains("All of these: Apology I sent");
        assertThat(text(page(ben, "/help/counselor"))).contains("My answer to an apology").contains("Question I asked")
                .contains("Boundary I proposed");
        assertThat(room()).doesNotContain(APOLOGY).doesNotContain(APOLOGY_NOTE).doesNotContain(QUESTION).doesNotContain(REPLY)
                .doesNotContain(COMMITMENT).doesNotContain(BOUNDARY).doesNotContain(NEED);

        // Ana shows her apology and her reply: the counselor reads her words, and nothing of Ben's.
        show(ana, "apology", apology, true);
        show(ana, "question-answer", question, true);
        String seen = room();
        assertThat(seen).contains(APOLOGY).contains(REPLY).doesNotContain(APOLOGY_NOTE).doesNotContain(QUESTION)
                .doesNotContain("Partly");
        // Ben shows his answer to the apology and his question: now both sides are there.
        show(ben, "apology-answer", apology, true);
        show(ben, "question", question, true);
        seen = room();
        assertThat(seen).contains(APOLOGY).contains(APOLOGY_NOTE).contains("Partly").contains(QUESTION).contains(REPLY);

        // Taking back counts from the next request.
        show(ana, "apology", apology, false);
        seen = room();
        assertThat(seen).doesNotContain(APOLOGY).contains(APOLOGY_NOTE);
    }

    @Test
    void aWholeKindShowsEveryEntryOfItNowAndLaterUntilTakenBack() throws Exception {
        assertThat(postAs(ana, "/help/counselor/show-kind", Map.of("kind", "commitment", "show", "true")).getRedirectedUrl())
                .contains("shown");
        assertThat(postAs(ana, "/help/counselor/show-kind", Map.of("kind", "meeting-notes", "show", "true")).getRedirectedUrl())
                .contains("shown");
        String seen = room();
        assertThat(seen).contains(COMMITMENT).contains("Kept in the last four weeks").contains(NEED).contains("Not held");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid")));
        String later = "commitment-later-J9s Calling my sister on Fridays";
        commitments.create(ana.id(), new CommitmentDraft(later, "DAILY", List.of(), today.toString(), "", "PRIVATE"));
        assertThat(room()).contains(later);
        assertThat(text(page(ana, "/help/counselor"))).contains("Shown with all of its kind");

        postAs(ana, "/help/counselor/show-kind", Map.of("kind", "commitment", "show", "false"));
        assertThat(room()).doesNotContain(COMMITMENT).doesNotContain(later).contains(NEED);
        // Ben's boundary shown by kind shows his words, not Ana's (she wrote none here) and not hers elsewhere.
        postAs(ben, "/help/counselor/show-kind", Map.of("kind", "boundary", "show", "true"));
        assertThat(room()).contains(BOUNDARY).contains(WHY).contains("Contact with someone outside");
    }

    @Test
    void onlyTheWriterCanShowTheirPartAndNoOneElseReadsIt() throws Exception {
        // Ben cannot show Ana's apology or her reply, nor a whole kind of nothing; another couple's person neither.
        assertThat(postAs(ben, "/help/counselor/show", Map.of("kind", "apology", "entry", apology.toString(), "show", "true"))
                .getStatus()).isEqualTo(404);
        assertThat(postAs(ben, "/help/counselor/show", Map.of("kind", "question-answer", "entry", question.toString(), "show", "true"))
                .getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/help/counselor/show", Map.of("kind", "apology-answer", "entry", apology.toString(), "show", "true"))
                .getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/help/counselor/show-kind", Map.of("kind", "apology", "show", "true")).getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/help/counselor/show-kind", Map.of("kind", "no-such-kind", "show", "true")).getStatus()).isEqualTo(404);
        assertThat(room()).doesNotContain(APOLOGY).doesNotContain(REPLY);

        show(ana, "apology", apology, true);
        // Another counselor, and the counselor once Ben withdraws, read nothing.
        assertThat(page(otherCounselor, "/counselor/couples/" + link).getStatus()).isEqualTo(404);
        postAs(ben, "/help/counselor/" + link + "/end", Map.of());
        assertThat(page(counselor, "/counselor/couples/" + link).getStatus()).isEqualTo(404);
    }

    private void checkIn(TestPerson who, boolean low) throws Exception {
        Map<String, String> answers = new java.util.HashMap<>();
        for (app.kintsugi.checkin.Item item : questionnaires.weekly().items()) {
            answers.put(item.id(), String.valueOf(low ? item.scale().min() : item.scale().max()));
        }
        assertThat(postAs(who, "/check-in", answers).getRedirectedUrl()).contains("saved");
    }

    @Test
    void theCounselorSeesAtAGlanceWhereEachPartnerIsOnlyIfTheyShowItAndWhatStandsOutInShownScores() throws Exception {
        String seen = room();
        assertThat(seen).contains("At a glance").contains("Ana does not show you where they are.")
                .contains("Ben does not show you where they are.").contains("Ana does not show you their scores.");

        clock.advance(java.time.Duration.ofDays(-8));
        try {
            checkIn(ana, true);
        } finally {
            clock.advance(java.time.Duration.ofDays(8));
        }
        checkIn(ana, false);
        show(ana, "counselor-summary", ana.id().value(), true);
        show(ana, "check-in-scores", ana.id().value(), true);
        seen = room();
        assertThat(seen).doesNotContain("Ana does not show you where they are.").contains("Ben does not show you where they are.")
                .contains("Working on").contains("0 waiting for their answer, 0 they wait for")
                .contains("of what was due in the last four weeks kept").contains("0 agreed, 1 not agreed yet")
                .contains("Stands out in the scores").contains("reliably")
                .as("counts and states only").doesNotContain(COMMITMENT).doesNotContain(BOUNDARY).doesNotContain(REPLY);

        show(ana, "counselor-summary", ana.id().value(), false);
        assertThat(room()).contains("Ana does not show you where they are.");
        // Nobody else can show Ana's summary.
        assertThat(postAs(ben, "/help/counselor/show", Map.of("kind", "counselor-summary", "entry", ana.id().value().toString(),
                "show", "true")).getStatus()).isEqualTo(404);
    }

    /**
     * The access matrix of every kind a partner can now show: on the counselor's page, only the
     * counselor with both partners' consent reads anything, and only what was shown; the partners,
     * another couple, another counselor and a signed-out visitor get "not found" with none of it.
     */
    @Test
    void everyNewKindFollowsTheCounselorAccessMatrix() throws Exception {
        show(ana, "apology", apology, true);
        show(ana, "question-answer", question, true);
        show(ana, "commitment", commitment, true);
        postAs(ana, "/help/counselor/show-kind", Map.of("kind", "meeting-notes", "show", "true"));
        show(ben, "apology-answer", apology, true);
        List<String> shown = List.of(APOLOGY, REPLY, COMMITMENT, NEED, APOLOGY_NOTE);
        List<String> unshown = List.of(QUESTION, BOUNDARY, WHY);
        List<String> all = new java.util.ArrayList<>(shown);
        all.addAll(unshown);
        String room = "/counselor/couples/" + link;

        String seen = room();
        shown.forEach(t -> assertThat(seen).as("shown: " + t).contains(t));
        unshown.forEach(t -> assertThat(seen).as("not shown: " + t).doesNotContain(t));
        for (TestPerson who : List.of(ana, ben, cleo, otherCounselor)) {
            var r = page(who, room);
            assertThat(r.getStatus()).as(who.name()).isEqualTo(404);
            String body = text(r);
            all.forEach(t -> assertThat(body).as(who.name() + " " + t).doesNotContain(t));
        }
        var anonymous = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(room)).andReturn()
                .getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 404);
        String anonymousBody = text(anonymous);
        all.forEach(t -> assertThat(anonymousBody).doesNotContain(t));
        // The partner's own page never says what the other showed.
        String bens = text(page(ben, "/help/counselor"));
        List.of(APOLOGY, REPLY, COMMITMENT, NEED).forEach(t -> assertThat(bens).doesNotContain(t));

        // After Ben ends it, nothing; a new invitation starts with nothing shown and, until Ben agrees, nothing read.
        postAs(ben, "/help/counselor/" + link + "/end", Map.of());
        var after = page(counselor, room);
        assertThat(after.getStatus()).isEqualTo(404);
        String afterBody = text(after);
        all.forEach(t -> assertThat(afterBody).doesNotContain(t));
        postAs(ana, "/help/counselor/invite", Map.of("counselor", counselors.find(counselor.id()).orElseThrow().code(), "consent", "true"));
        UUID again = UUID.fromString(jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(ana.id().value().toString()).query(String.class).single());
        show(ana, "apology", apology, true);
        var withoutConsent = page(counselor, "/counselor/couples/" + again);
        assertThat(withoutConsent.getStatus()).isEqualTo(404);
        assertThat(text(withoutConsent)).doesNotContain(APOLOGY);
        postAs(ben, "/help/counselor/" + again + "/consent", Map.of("agree", "true"));
        String fresh = text(page(counselor, "/counselor/couples/" + again));
        assertThat(fresh).contains(APOLOGY).doesNotContain(APOLOGY_NOTE).doesNotContain(COMMITMENT).doesNotContain(NEED);
    }
}
