package app.kintsugi.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryDraft;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.Dialogues;
import app.kintsugi.communication.LiveAction;
import app.kintsugi.communication.LiveSessions;
import app.kintsugi.communication.PlanDraft;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.counselor.CounselorLinks;
import app.kintsugi.counselor.CounselorRoom;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.moments.HardDateDraft;
import app.kintsugi.moments.HardMoments;
import app.kintsugi.moments.MomentDraft;
import app.kintsugi.moments.Reassurance;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.ExerciseNotes;
import app.kintsugi.program.Timeline;
import app.kintsugi.program.TimelineDraft;
import app.kintsugi.program.TimelineKind;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.respect.KindActs;
import app.kintsugi.responsibility.Answer;
import app.kintsugi.responsibility.Apologies;
import app.kintsugi.responsibility.OwnRoleDraft;
import app.kintsugi.responsibility.OwnRoleReflections;
import app.kintsugi.safety.SafetyAnswers;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.transparency.AmendStatus;
import app.kintsugi.transparency.Amends;
import app.kintsugi.transparency.Disclosures;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;

/**
 * Ana and Ben, who write in every module: each a private and a shared entry where there are both,
 * each answering the other's (apology, question, commitment, thread, boundary, acknowledgements),
 * with a counselor both agreed to who keeps a note. Every word is unique to the run and to its
 * author ({@code ANA…-what} or {@code BEN…-what}), so a test can look for each of them anywhere.
 */
@Component
public class CoupleInEveryModule {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    /** What was written: the two people, the prefix of each one's words and every word, the counselor and the link. */
    public record Written(TestPerson ana, TestPerson ben, String a, String b, List<String> anasWords, List<String> bensWords,
            PersonId counselor, UUID link, String counselorEmail, String counselorPassword) {
    }

    @Autowired TestAccounts people;
    @Autowired Accounts accounts;
    @Autowired Couples couples;
    @Autowired Reflections reflections;
    @Autowired Timeline timeline;
    @Autowired ExerciseNotes notes;
    @Autowired OwnRoleReflections ownRoles;
    @Autowired Apologies apologies;
    @Autowired Conversations conversations;
    @Autowired LiveSessions live;
    @Autowired Dialogues dialogues;
    @Autowired Commitments commitments;
    @Autowired Questions questions;
    @Autowired Disclosures disclosures;
    @Autowired Amends amends;
    @Autowired Boundaries boundaries;
    @Autowired Appreciations appreciations;
    @Autowired KindActs kindActs;
    @Autowired CheckIns checkIns;
    @Autowired SafetyChecks safety;
    @Autowired Counselors counselors;
    @Autowired CounselorLinks links;
    @Autowired CounselorRoom counselorRoom;
    @Autowired app.kintsugi.counselor.CounselorSuggestions counselorSuggestions;
    @Autowired app.kintsugi.checkin.AddedQuestionnaires addedQuestionnaires;
    @Autowired app.kintsugi.checkin.Measures measures;
    @Autowired HardMoments hardMoments;
    @Autowired Reassurance reassurance;
    @Autowired app.kintsugi.moments.Repairs repairs;
    @Autowired app.kintsugi.transparency.PreparedDisclosures preparedDisclosures;
    @Autowired app.kintsugi.meeting.WeeklyMeetings meetings;
    @Autowired app.kintsugi.decision.Decisions decisions;
    @Autowired app.kintsugi.movingon.WhyReflections why;
    @Autowired app.kintsugi.movingon.Forgiveness forgiveness;
    @Autowired app.kintsugi.movingon.UnsentLetters letters;
    @Autowired app.kintsugi.movingon.Accountability accountability;

    private TestPerson ana;
    private TestPerson ben;
    private String a;
    private String b;
    private final List<String> anasWords = new ArrayList<>();
    private final List<String> bensWords = new ArrayList<>();

    public Written write(Clock clock) {
        ana = people.create("Ana");
        ben = people.create("Ben");
        anasWords.clear();
        bensWords.clear();
        a = "ANA" + UUID.randomUUID().toString().replace("-", "");
        b = "BEN" + UUID.randomUUID().toString().replace("-", "");
        couples.join(ben.id(), couples.start(ana.id(), Role.BOTH).code(), Role.BOTH);
        String today = LocalDate.now(clock.withZone(MADRID)).toString();
        String later = LocalDate.now(clock.withZone(MADRID)).plusDays(30).toString();

        // Reflections: one private and one shared each.
        reflections.create(ana.id(), new ReflectionDraft(w(a, "title"), w(a, "what-happened"), null, null, Map.of(), null));
        ReflectionId shared = reflections.create(ana.id(), new ReflectionDraft(null, w(a, "shared-reflection"), null, null, Map.of(), null));
        reflections.shareWithPartner(ana.id(), shared);
        reflections.create(ben.id(), new ReflectionDraft(null, w(b, "private-reflection"), null, null, Map.of(), null));
        reflections.shareWithPartner(ben.id(), reflections.create(ben.id(),
                new ReflectionDraft(null, w(b, "shared-reflection"), null, null, Map.of(), null)));

        // The program: a timeline moment each, Ana's notepad.
        timeline.add(ana.id(), new TimelineDraft(TimelineKind.SETBACK, LocalDate.of(2026, 1, 2), w(a, "moment"), w(a, "moment-note"),
                Visibility.PARTNER));
        timeline.add(ben.id(), new TimelineDraft(TimelineKind.SETBACK, LocalDate.of(2026, 1, 3), w(b, "moment"), null, Visibility.PARTNER));
        notes.save(ana.id(), "understanding.basics", w(a, "notepad"), -1);

        // Responsibility: own part, an apology each, each answering the other's.
        ownRoles.create(ana.id(), new OwnRoleDraft(w(a, "own-actions"), null, w(a, "own-hurt")));
        ownRoles.create(ben.id(), new OwnRoleDraft(w(b, "own-actions"), null, null));
        UUID anasApology = apologies.createDraft(ana.id(), w(a, "apology"));
        apologies.send(ana.id(), anasApology, 0);
        UUID bensApology = apologies.createDraft(ben.id(), w(b, "apology"));
        apologies.send(ben.id(), bensApology, 0);
        apologies.answer(ana.id(), bensApology, Answer.PARTLY, w(a, "answer-note"), Visibility.PARTNER);
        apologies.answer(ben.id(), anasApology, Answer.PARTLY, w(b, "answer-note"), Visibility.PARTNER);

        // Communication: rules, a conversation Ana planned with a summary by Ben and a rating each, two threads.
        conversations.addRule(ana.id(), w(a, "rule"));
        conversations.addRule(ben.id(), w(b, "rule"));
        LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(MADRID)).plusDays(1);
        UUID talk = conversations.propose(ana.id(), new PlanDraft(w(a, "topic"), tomorrow.toLocalDate().toString(), "19:00", "30",
                w(a, "place")));
        conversations.accept(ben.id(), talk, conversations.read(ben.id(), talk).version());
        conversations.agree(ana.id(), talk);
        conversations.agree(ben.id(), talk);
        live.start(ana.id(), talk, true);
        String anaDevice = live.claimDevice(ana.id(), talk);
        String benDevice = live.claimDevice(ben.id(), talk);
        live.act(ana.id(), talk, anaDevice, LiveAction.DONE_SPEAKING, 0, null);
        live.act(ben.id(), talk, benDevice, LiveAction.REFLECTED, 1, b + "-summary" /* cleared when the conversation ends: kept nowhere */);
        live.act(ana.id(), talk, anaDevice, LiveAction.END, 2, null);
        live.rate(ana.id(), talk, 3, 4, w(a, "rating-note"));
        live.rate(ben.id(), talk, 2, 2, w(b, "rating-note"));
        UUID bensThread = dialogues.start(ben.id(), w(b, "thread"), w(b, "message"));
        dialogues.post(ana.id(), bensThread, w(a, "reply-in-thread"));
        dialogues.start(ana.id(), w(a, "thread"), w(a, "message"));

        // Trust: a commitment each, reported and confirmed by the other with a note.
        UUID anasCommitment = commitments.create(ana.id(), new CommitmentDraft(w(a, "commitment"), "DAILY", List.of(), "", "", "PARTNER"));
        commitments.report(ana.id(), anasCommitment, today, Outcome.KEPT, w(a, "check-in-note"));
        commitments.confirm(ben.id(), anasCommitment, today, 0, Confirmation.DISPUTED, w(b, "confirm-note"));
        UUID bensCommitment = commitments.create(ben.id(), new CommitmentDraft(w(b, "commitment"), "DAILY", List.of(), "", "", "PARTNER"));
        commitments.report(ben.id(), bensCommitment, today, Outcome.KEPT, w(b, "check-in-note"));
        commitments.confirm(ana.id(), bensCommitment, today, 0, Confirmation.DISPUTED, w(a, "confirm-note"));

        // Transparency: a question each answered by the other; the sharing log and amends, acknowledged.
        UUID anasQuestion = questions.ask(ana.id(), w(a, "question"));
        questions.respond(ben.id(), anasQuestion, 0, "ANSWER", w(b, "response"), null);
        UUID bensQuestion = questions.ask(ben.id(), w(b, "question"));
        questions.respond(ana.id(), bensQuestion, 0, "ANSWER", w(a, "response"), null);
        disclosures.share(ana.id(), w(a, "disclosure"));
        UUID bensDisclosure = disclosures.share(ben.id(), w(b, "disclosure"));
        disclosures.acknowledge(ana.id(), bensDisclosure, w(a, "disclosure-ack"));
        amends.plan(ana.id(), w(a, "amend"), later);
        UUID bensAmend = amends.plan(ben.id(), w(b, "amend"), later);
        amends.setStatus(ben.id(), bensAmend, 0, AmendStatus.DONE);
        amends.acknowledge(ana.id(), bensAmend, w(a, "amend-ack"));

        // A prepared disclosure each: Ana's stays a draft only she sees; Ben's is given at a time both
        // agreed, read and marked by Ana, asked about, and added to.
        UUID anasPrepared = preparedDisclosures.start(ana.id());
        preparedDisclosures.save(ana.id(), anasPrepared, 0, prepared(a));
        UUID bensPrepared = preparedDisclosures.start(ben.id());
        preparedDisclosures.save(ben.id(), bensPrepared, 0, prepared(b));
        preparedDisclosures.propose(ben.id(), bensPrepared, 1, tomorrow.toLocalDate().toString(), "20:00", null);
        preparedDisclosures.accept(ana.id(), bensPrepared, 2, "TOGETHER");
        preparedDisclosures.give(ben.id(), bensPrepared, 3);
        preparedDisclosures.open(ana.id(), bensPrepared);
        preparedDisclosures.mark(ana.id(), bensPrepared, "TIMELINE", "ANSWERED");
        questions.askAbout(ana.id(), bensPrepared, "HIDDEN", w(a, "question-about-part"));
        preparedDisclosures.add(ben.id(), bensPrepared, w(b, "prepared-addition"));

        // Boundaries: Ana proposes, Ben rewrites, Ana agrees, both report a crossing.
        UUID boundary = boundaries.propose(ana.id(), new BoundaryDraft(w(a, "boundary"), w(a, "boundary-why"), "CONTACT", later));
        boundaries.proposeChange(ben.id(), boundary, 0, new BoundaryDraft(w(b, "boundary"), w(b, "boundary-why"), "CONTACT", later));
        boundaries.agree(ana.id(), boundary, 1, 2);
        boundaries.crossed(ben.id(), boundary, "SELF", w(b, "crossed-note"));
        boundaries.crossed(ana.id(), boundary, "SELF", w(a, "crossed-note"));

        // Respect: an appreciation each, private kind acts.
        appreciations.send(ana.id(), w(a, "appreciation"));
        appreciations.send(ben.id(), w(b, "appreciation"));
        kindActs.log(ana.id(), w(a, "kind-act"), "");
        kindActs.log(ben.id(), w(b, "private-kind-act"), "");

        // Hard moments: a logged moment, a plan and a hard date each, for themselves; Ben's line of
        // reassurance, accepted by Ana; Ben asks for it and Ana answers.
        hardMoments.log(ana.id(), new MomentDraft("", "6", w(a, "moment-what"), "a tag", List.of(), w(a, "moment-did"),
                w(a, "moment-helped")));
        hardMoments.log(ben.id(), new MomentDraft("", "4", w(b, "moment-what"), "", List.of(), "", ""));
        hardMoments.savePlan(ana.id(), -1, w(a, "plan-helps"), w(a, "plan-avoid"), w(a, "plan-people"));
        hardMoments.savePlan(ben.id(), -1, w(b, "plan-helps"), "", "");
        String hardDay = LocalDate.now(clock).plusDays(40).toString();
        hardMoments.addDate(ana.id(), new HardDateDraft(hardDay, true, w(a, "date-label"), w(a, "date-ask")));
        UUID line = reassurance.proposeLine(ben.id(), w(b, "reassurance-line"));
        reassurance.decide(ana.id(), line, 0, true);
        reassurance.proposeLine(ana.id(), w(a, "reassurance-line"));
        reassurance.answer(ana.id(), reassurance.ask(ben.id()), line.toString());
        UUID repair = repairs.start(ana.id(), w(a, "repair-title"));
        repairs.save(ana.id(), repair, -1, new app.kintsugi.moments.RepairDraft(List.of("HURT"), w(a, "repair-perception"), "",
                w(a, "repair-owned"), ""));
        repairs.share(ana.id(), repair);
        repairs.save(ben.id(), repair, -1, new app.kintsugi.moments.RepairDraft(List.of(), w(b, "repair-perception"), "", "", ""));

        // The weekly meeting: a time both agreed, and Ana's preparation, hers alone until they start it.
        meetings.proposeTime(ana.id(), "SUNDAY", "19:00", -1);
        meetings.acceptTime(ben.id(), 0);
        meetings.prepare(ana.id(), w(a, "meeting-went-well"), w(a, "meeting-talk-about"), w(a, "meeting-need"), -1);

        // Together or apart: each one's private writing and lean, and both willing to show where they lean.
        decisions.write(ana.id(), w(a, "decision-staying"), w(a, "decision-parting"), w(a, "decision-to-know"), w(a, "decision-changed"), -1);
        decisions.noteLean(ana.id(), "NOT_SURE");
        decisions.write(ben.id(), w(b, "decision-staying"), null, null, null, -1);
        decisions.noteLean(ben.id(), "TOGETHER");
        decisions.setWilling(ana.id(), true);
        decisions.setWilling(ben.id(), true);
        // Moving on: Ana's reflection on why (private) with a summary she shares, and one kept private; a forgiveness
        // position each way; a letter each, one shared; accountable writing, never shared.
        UUID anasWhy = why.create(ana.id(), new app.kintsugi.movingon.WhyDraft(w(a, "why-relationship"), w(a, "why-in-me"), null));
        why.writeSummary(ana.id(), anasWhy, 0, w(a, "why-summary"));
        why.share(ana.id(), anasWhy);
        UUID anasPrivateWhy = why.create(ana.id(), new app.kintsugi.movingon.WhyDraft(null, null, w(a, "why-outside")));
        why.writeSummary(ana.id(), anasPrivateWhy, 0, w(a, "why-private-summary"));
        forgiveness.share(ana.id(), forgiveness.record(ana.id(), "WONDERING", w(a, "forgiveness-note")));
        forgiveness.record(ana.id(), "UNSURE", w(a, "forgiveness-private-note"));
        letters.create(ana.id(), "MYSELF", w(a, "letter-private"));
        letters.share(ana.id(), letters.create(ana.id(), "PARTNER", w(a, "letter-shared")));
        letters.share(ben.id(), letters.create(ben.id(), "PARTNER", w(b, "letter-shared")));
        accountability.create(ana.id(), new app.kintsugi.movingon.AccountableDraft(w(a, "accountable-did"), null, null, w(a, "accountable-owe")));
        accountability.create(ben.id(), new app.kintsugi.movingon.AccountableDraft(w(b, "accountable-did"), null, null, null));

        // Check-ins, the safety check and a counselor both agreed to.
        checkIns.save(ana.id(), checkInAnswers(), false);
        checkIns.save(ben.id(), checkInAnswers(), false);
        safety.record(ana.id(), SafetyAnswers.allClear());
        var operator = accounts.register(new app.kintsugi.account.NewAccount(TestAccounts.uniqueEmail(), "Operator",
                TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR);
        String counselorEmail = TestAccounts.uniqueEmail();
        var created = counselors.create(operator.id(), counselorEmail, "Counselor", "A practice", "en");
        var counselor = created.counselor();
        UUID link = links.invite(ana.id(), counselor.code(), true).id();
        links.consent(ben.id(), link);
        counselorRoom.addNote(counselor.id(), link, "COUNSELOR-NOTE-" + a);
        // Ana shows her draft to the counselor, who can leave a note back on it.
        links.show(ana.id(), "prepared-disclosure", anasPrepared, true);
        UUID suggestion = counselorSuggestions.suggest(counselor.id(), link, "measure:csi-4", "both", "COUNSELOR-SUGGESTION-" + a);
        counselorSuggestions.accept(ana.id(), suggestion, "now");
        // The counselor adds a questionnaire of their own; Ana answers it.
        String added = addedQuestionnaires.add(counselor.id(),
                app.kintsugi.checkin.TestQuestionnaires.sleepDiary("Counselor's diary", "Diario de la terapeuta")).id();
        measures.answer(ana.id(), added, java.util.Map.of("awake", "1", "woke", "2"));
        return new Written(ana, ben, a, b, List.copyOf(anasWords), List.copyOf(bensWords), counselor.id(), link, counselorEmail,
                created.firstPassword());
    }

    private String w(String who, String what) {
        String word = who + "-" + what;
        (who.equals(a) ? anasWords : bensWords).add(word);
        return word;
    }

    private Map<app.kintsugi.transparency.DisclosurePart, String> prepared(String who) {
        Map<app.kintsugi.transparency.DisclosurePart, String> parts = new java.util.EnumMap<>(app.kintsugi.transparency.DisclosurePart.class);
        for (app.kintsugi.transparency.DisclosurePart p : app.kintsugi.transparency.DisclosurePart.values()) {
            parts.put(p, w(who, "prepared-" + p.key()));
        }
        return parts;
    }

    private static Map<String, String> checkInAnswers() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : List.of("predictable", "dependable", "faith", "checking", "safe", "hard-talks", "close", "hope",
                "overwhelmed", "distress")) {
            out.put(id, "3");
        }
        return out;
    }

}
