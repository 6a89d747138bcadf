package app.kintsugi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import app.kintsugi.IntegrationTest;
import app.kintsugi.TestDatabase;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;

/** Reads the raw database, as a stolen backup would, and finds none of the texts people wrote. */
class EncryptionAtRestTest extends IntegrationTest {

    @Autowired
    Reflections reflections;

    @Autowired
    Couples couples;

    @Autowired
    SafetyChecks safety;

    @Autowired
    ContentCipher cipher;

    @Autowired
    app.kintsugi.program.Timeline timeline;

    @Autowired
    app.kintsugi.responsibility.Apologies apologies;

    @Autowired
    app.kintsugi.responsibility.OwnRoleReflections ownRole;

    @Autowired
    DataSource dataSource;

    @Value("${kintsugi.data-dir}")
    String dataDir;

    @Test
    void theRawDatabaseHoldsNoPlaintextOfWhatPeopleWrote() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.start(ana.id(), Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
        String marker = "Plaintext" + UUID.randomUUID().toString().replace("-", "");
        List<String> secrets = List.of(marker + "-moment", marker + "-apology", marker + "-answer-note", marker + "-own-actions", marker + "-title", marker + "-what", marker + "-violations", marker + "-impact",
                "Ünïcødé-" + marker, marker + "-topic", marker + "-place", marker + "-rule", marker + "-summary", marker + "-rating-note",
                marker + "-thread", marker + "-message", marker + "-commitment", marker + "-check-in-note", marker + "-answer",
                marker + "-changed-commitment", marker + "-question", marker + "-need-time", marker + "-reply", marker + "-reply-2",
                marker + "-follow-up", marker + "-disclosure", marker + "-disclosure-ack", marker + "-amend", marker + "-amend-2",
                marker + "-amend-ack", marker + "-decline", marker + "-boundary", marker + "-boundary-why", marker + "-boundary-2",
                marker + "-crossed-note", marker + "-appreciation", marker + "-kind-act", marker + "-shared-kind-act",
                marker + "-practice", marker + "-counselor-note", marker + "-prepared-timeline", marker + "-prepared-hidden",
                marker + "-prepared-who-knows", marker + "-prepared-contact-now", marker + "-prepared-addition", marker + "-review-note",
                marker + "-decision-staying", marker + "-decision-parting", marker + "-decision-to-know", marker + "-decision-changed",
                marker + "-why-relationship", marker + "-why-in-me", marker + "-why-outside", marker + "-why-summary",
                marker + "-forgiveness-note", marker + "-letter", marker + "-did", marker + "-learned", marker + "-keep-doing",
                marker + "-still-owe", "SOME_DAYS");
        ReflectionId id = reflections.create(ana.id(), new ReflectionDraft(secrets.get(4), secrets.get(5), secrets.get(6),
                BetrayalKind.INFIDELITY, Map.of(Emotion.SHAME, 8), secrets.get(7) + " " + secrets.get(8)));
        reflections.shareWithPartner(ana.id(), id);
        reflections.update(ana.id(), id, reflections.read(ana.id(), id).version(), new ReflectionDraft(secrets.get(4),
                secrets.get(5), secrets.get(6), BetrayalKind.INFIDELITY, Map.of(Emotion.SHAME, 8), secrets.get(7) + " " + secrets.get(8)));
        timeline.add(ana.id(), new app.kintsugi.program.TimelineDraft(app.kintsugi.program.TimelineKind.SETBACK,
                java.time.LocalDate.of(2026, 1, 2), marker + "-moment", marker + "-moment-note", app.kintsugi.privacy.Visibility.PARTNER));
        UUID apology = apologies.createDraft(ben.id(), marker + "-apology");
        apologies.send(ben.id(), apology, 0);
        apologies.answer(ana.id(), apology, app.kintsugi.responsibility.Answer.PARTLY, marker + "-answer-note",
                app.kintsugi.privacy.Visibility.PARTNER);
        ownRole.create(ana.id(), new app.kintsugi.responsibility.OwnRoleDraft(marker + "-own-actions", null, null));
        communication(ana, ben, marker);
        trust(ana, ben, marker);
        transparency(ana, ben, marker);
        preparedDisclosure(ana, ben, marker);
        boundaries(ana, ben, marker);
        respect(ana, ben, marker);
        counselor(ana, ben, marker);
        decision(ana, marker);
        movingOn(ana, ben, marker);
        safety.record(ben.id(), Map.of(SafetyQuestion.AFRAID, SafetyAnswer.OFTEN, SafetyQuestion.HURT, SafetyAnswer.SOMETIMES,
                SafetyQuestion.THREATENED, SafetyAnswer.NEVER, SafetyQuestion.INSULTED, SafetyAnswer.RATHER_NOT_SAY,
                SafetyQuestion.CONTROLLED, SafetyAnswer.OFTEN));

        List<String> found = columnsHolding(dataSource, secrets);
        assertThat(found).as("columns holding plaintext").isEmpty();

        if (!TestDatabase.postgres()) {
            // The file itself, including the write-ahead log, as a copied backup would hold it.
            for (String file : List.of("kintsugi.db", "kintsugi.db-wal")) {
                Path path = Path.of(dataDir, file);
                if (Files.exists(path)) {
                    String raw = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                    for (String secret : secrets) {
                        assertThat(raw).as(file).doesNotContain(secret);
                    }
                }
            }
        }
        assertThat(reflections.read(ben.id(), id).content().whatHappened()).isEqualTo(secrets.get(5));
    }

    @Autowired
    app.kintsugi.movingon.WhyReflections why;

    @Autowired
    app.kintsugi.movingon.Forgiveness forgiveness;

    @Autowired
    app.kintsugi.movingon.UnsentLetters letters;

    @Autowired
    app.kintsugi.movingon.Accountability accountability;

    /** Step 6: a reflection on why with a shared summary, a shared forgiveness position with its note, a shared letter, accountable writing. */
    private void movingOn(TestPerson ana, TestPerson ben, String marker) {
        UUID why = this.why.create(ana.id(), new app.kintsugi.movingon.WhyDraft(marker + "-why-relationship", marker + "-why-in-me",
                marker + "-why-outside"));
        this.why.writeSummary(ana.id(), why, 0, marker + "-why-summary");
        this.why.share(ana.id(), why);
        UUID mark = forgiveness.record(ana.id(), "SOME_DAYS", marker + "-forgiveness-note");
        forgiveness.share(ana.id(), mark);
        UUID letter = letters.create(ben.id(), "PARTNER", marker + "-letter");
        letters.share(ben.id(), letter);
        accountability.create(ben.id(), new app.kintsugi.movingon.AccountableDraft(marker + "-did", marker + "-learned",
                marker + "-keep-doing", marker + "-still-owe"));
        assertThat(this.why.summary(ben.id(), why).summary()).isEqualTo(marker + "-why-summary");
        assertThat(letters.read(ana.id(), letter).text()).isEqualTo(marker + "-letter");
        assertThat(forgiveness.sharedWithMe(ben.id())).extracting(p -> p.position().name()).containsExactly("SOME_DAYS");
    }

    @Autowired
    app.kintsugi.communication.Conversations conversations;

    @Autowired
    app.kintsugi.communication.LiveSessions live;

    @Autowired
    app.kintsugi.communication.Dialogues dialogues;

    @Autowired
    app.kintsugi.trust.Commitments commitments;

    @Autowired
    app.kintsugi.transparency.Questions questions;

    @Autowired
    app.kintsugi.transparency.Disclosures disclosures;

    @Autowired
    app.kintsugi.transparency.Amends amends;

    @Autowired
    app.kintsugi.boundaries.Boundaries boundaries;

    @Autowired
    app.kintsugi.decision.Decisions decisions;

    /** Together or apart: the private writing, and a lean whose name must not be readable either. */
    private void decision(TestPerson ana, String marker) {
        decisions.write(ana.id(), marker + "-decision-staying", marker + "-decision-parting", marker + "-decision-to-know",
                marker + "-decision-changed", -1);
        decisions.noteLean(ana.id(), "APART");
        decisions.noteLean(ana.id(), "NOT_SURE");
        for (byte[] lean : jdbc.sql("SELECT lean FROM decision_lean WHERE person_id = ?").param(ana.id().value().toString())
                .query((rs, n) -> rs.getBytes(1)).list()) {
            assertThat(new String(lean, StandardCharsets.ISO_8859_1)).doesNotContain("APART").doesNotContain("NOT_SURE");
        }
    }

    /** Boundaries: proposed, changed, agreed and crossed with a note. */
    private void boundaries(TestPerson ana, TestPerson ben, String marker) {
        String later = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid"))).plusDays(30).toString();
        UUID b = boundaries.propose(ana.id(), new app.kintsugi.boundaries.BoundaryDraft(marker + "-boundary", marker + "-boundary-why",
                "CONTACT", later));
        boundaries.proposeChange(ben.id(), b, 0, new app.kintsugi.boundaries.BoundaryDraft(marker + "-boundary-2", marker + "-boundary-why",
                "CONTACT", later));
        boundaries.agree(ana.id(), b, 1, 2);
        boundaries.crossed(ben.id(), b, "SELF", marker + "-crossed-note");
        var view = boundaries.read(ana.id(), b);
        assertThat(view.agreed().what()).isEqualTo(marker + "-boundary-2");
        assertThat(view.history()).filteredOn(e -> e.kind() == app.kintsugi.boundaries.BoundaryEventKind.CROSSED)
                .extracting(e -> e.note()).containsExactly(marker + "-crossed-note");
        assertThat(view.history().get(view.history().size() - 1).kind()).as("in the order it happened")
                .isEqualTo(app.kintsugi.boundaries.BoundaryEventKind.CROSSED);
    }

    @Autowired
    app.kintsugi.respect.Appreciations appreciations;

    @Autowired
    app.kintsugi.respect.KindActs kindActs;

    /** Mutual respect: an appreciation sent and opened, a kind act kept private and one shared. */
    @Autowired
    app.kintsugi.account.Accounts accounts;

    @Autowired
    app.kintsugi.counselor.Counselors counselors;

    @Autowired
    app.kintsugi.counselor.CounselorLinks links;

    @Autowired
    app.kintsugi.counselor.CounselorRoom room;

    private void counselor(TestPerson ana, TestPerson ben, String marker) {
        var operator = accounts.register(new app.kintsugi.account.NewAccount(TestAccounts.uniqueEmail(), "Operator",
                TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR);
        var counselor = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Counselor", marker + "-practice", "en").counselor();
        UUID link = links.invite(ana.id(), counselor.code(), true).id();
        links.consent(ben.id(), link);
        room.addNote(counselor.id(), link, marker + "-counselor-note");
        assertThat(room.open(counselor.id(), link).notes()).extracting(n -> n.text()).containsExactly(marker + "-counselor-note");
        assertThat(counselors.find(counselor.id()).orElseThrow().practice()).isEqualTo(marker + "-practice");
        // Ana shows her draft disclosure to the counselor, who leaves her a note back.
        UUID draft = preparedDisclosures.start(ana.id());
        links.show(ana.id(), "prepared-disclosure", draft, true);
        preparedDisclosures.noteFromCounselor(counselor.id(), draft, marker + "-review-note");
        assertThat(preparedDisclosures.read(ana.id(), draft).reviewNote().text()).isEqualTo(marker + "-review-note");
    }

    private void respect(TestPerson ana, TestPerson ben, String marker) {
        appreciations.send(ana.id(), marker + "-appreciation");
        kindActs.log(ben.id(), marker + "-kind-act", "");
        UUID shared = kindActs.log(ben.id(), marker + "-shared-kind-act", "");
        kindActs.setShared(ben.id(), shared, true);
        assertThat(appreciations.open(ben.id()).received()).extracting(a -> a.text()).containsExactly(marker + "-appreciation");
        assertThat(kindActs.overview(ana.id()).partners()).extracting(k -> k.text()).containsExactly(marker + "-shared-kind-act");
    }

    /** Step 4: a question deferred, answered, changed and followed up; a disclosure and an amends action, acknowledged. */
    private void transparency(TestPerson ana, TestPerson ben, String marker) {
        UUID q = questions.ask(ana.id(), marker + "-question");
        String later = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid"))).plusDays(3).toString();
        questions.respond(ben.id(), q, 0, "NEED_TIME", marker + "-need-time", later);
        questions.respond(ben.id(), q, 1, "ANSWER", marker + "-reply", null);
        questions.changeAnswer(ben.id(), q, 2, marker + "-reply-2");
        UUID f = questions.followUp(ana.id(), q, marker + "-follow-up");
        questions.respond(ben.id(), f, 0, "DECLINE", marker + "-decline", null);
        UUID d = disclosures.share(ben.id(), marker + "-disclosure");
        disclosures.acknowledge(ana.id(), d, marker + "-disclosure-ack");
        UUID a = amends.plan(ben.id(), marker + "-amend", later);
        amends.change(ben.id(), a, 0, marker + "-amend-2", later);
        amends.setStatus(ben.id(), a, 1, app.kintsugi.transparency.AmendStatus.DONE);
        amends.acknowledge(ana.id(), a, marker + "-amend-ack");
        var thread = questions.thread(ana.id(), q);
        assertThat(thread.first().answer().orElseThrow().text()).isEqualTo(marker + "-reply-2");
        assertThat(thread.first().earlierAnswers()).extracting(r -> r.text()).containsExactly(marker + "-reply");
        assertThat(thread.followUps().get(0).steps().get(0).text()).isEqualTo(marker + "-decline");
        assertThat(amends.read(ben.id(), a).ackNote()).isEqualTo(marker + "-amend-ack");
    }

    @Autowired
    app.kintsugi.transparency.PreparedDisclosures preparedDisclosures;

    /** Step 4: a prepared disclosure written in four parts, given, and added to. */
    private void preparedDisclosure(TestPerson ana, TestPerson ben, String marker) {
        UUID d = preparedDisclosures.start(ben.id());
        Map<app.kintsugi.transparency.DisclosurePart, String> parts = new java.util.EnumMap<>(app.kintsugi.transparency.DisclosurePart.class);
        for (app.kintsugi.transparency.DisclosurePart p : app.kintsugi.transparency.DisclosurePart.values()) {
            parts.put(p, marker + "-prepared-" + p.key());
        }
        preparedDisclosures.save(ben.id(), d, 0, parts);
        String tomorrow = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid"))).plusDays(1).toString();
        preparedDisclosures.propose(ben.id(), d, 1, tomorrow, "19:00", null);
        preparedDisclosures.accept(ana.id(), d, 2, "ALONE");
        preparedDisclosures.give(ben.id(), d, 3);
        preparedDisclosures.add(ben.id(), d, marker + "-prepared-addition");
        var read = preparedDisclosures.open(ana.id(), d);
        assertThat(read.part(app.kintsugi.transparency.DisclosurePart.WHO_KNOWS)).isEqualTo(marker + "-prepared-who-knows");
        assertThat(read.additions()).extracting(a -> a.text()).containsExactly(marker + "-prepared-addition");
    }

    /** Step 3: a shared commitment, a change proposal, a check-in with a note and the partner's answer. */
    private void trust(TestPerson ana, TestPerson ben, String marker) {
        UUID id = commitments.create(ben.id(), new app.kintsugi.trust.CommitmentDraft(marker + "-commitment", "DAILY", List.of(),
                "", "", "PARTNER"));
        String today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid"))).toString();
        commitments.report(ben.id(), id, today, app.kintsugi.trust.Outcome.KEPT, marker + "-check-in-note");
        commitments.confirm(ana.id(), id, today, 0, app.kintsugi.trust.Confirmation.DISPUTED, marker + "-answer");
        commitments.change(ben.id(), id, commitments.read(ben.id(), id).version(), new app.kintsugi.trust.CommitmentDraft(
                marker + "-changed-commitment", "DAILY", List.of(), "", "", "PARTNER"));
        assertThat(commitments.read(ana.id(), id).recent().get(0).confirmNote()).contains(marker + "-answer");
    }

    /** Step 2: a planned conversation, an own rule, a live session with a written summary and a rating note, a thread. */
    private void communication(TestPerson ana, TestPerson ben, String marker) {
        java.time.LocalDateTime tomorrow = java.time.LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid"))).plusDays(1);
        UUID id = conversations.propose(ana.id(), new app.kintsugi.communication.PlanDraft(marker + "-topic",
                tomorrow.toLocalDate().toString(), "19:00", "30", marker + "-place"));
        conversations.addRule(ben.id(), marker + "-rule");
        conversations.accept(ben.id(), id, conversations.read(ben.id(), id).version());
        conversations.agree(ana.id(), id);
        conversations.agree(ben.id(), id);
        live.start(ana.id(), id, true);
        String anaDevice = live.claimDevice(ana.id(), id);
        String benDevice = live.claimDevice(ben.id(), id);
        live.act(ana.id(), id, anaDevice, app.kintsugi.communication.LiveAction.DONE_SPEAKING, 0, null);
        live.act(ben.id(), id, benDevice, app.kintsugi.communication.LiveAction.REFLECTED, 1, marker + "-summary");
        assertThat(live.view(ana.id(), id, anaDevice).summary()).contains(marker + "-summary");
        live.act(ana.id(), id, anaDevice, app.kintsugi.communication.LiveAction.END, 2, null);
        live.rate(ana.id(), id, 3, 4, marker + "-rating-note");
        dialogues.start(ben.id(), marker + "-thread", marker + "-message");
    }

    @Test
    void aCiphertextMovedToAnotherRecordOrPersonCannotBeOpened() {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        UUID record = UUID.randomUUID();
        byte[] sealed = cipher.seal(ana.id(), "reflection", record, "only for this record");
        assertThat(cipher.open(ana.id(), "reflection", record, sealed)).isEqualTo("only for this record");
        assertThatThrownBy(() -> cipher.open(ana.id(), "reflection", UUID.randomUUID(), sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(ana.id(), "safety-check", record, sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(ben.id(), "reflection", record, sealed))
                .isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(ana.id(), "reflection", record, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachPersonHasTheirOwnWrappedDataKey() {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        cipher.seal(ana.id(), "reflection", UUID.randomUUID(), "a");
        cipher.seal(ben.id(), "reflection", UUID.randomUUID(), "b");
        byte[] anasKey = jdbc.sql("SELECT wrapped_key FROM data_key WHERE person_id = ?").param(ana.id().toString())
                .query(byte[].class).single();
        byte[] bensKey = jdbc.sql("SELECT wrapped_key FROM data_key WHERE person_id = ?").param(ben.id().toString())
                .query(byte[].class).single();
        assertThat(anasKey).isNotEqualTo(bensKey);
        assertThat(new String(anasKey, StandardCharsets.ISO_8859_1)).doesNotContain("AesGcmKey");
    }

    /** Every column of every table in which one of {@code secrets} (or a choice stored as plain words) is readable. */
    static List<String> columnsHolding(javax.sql.DataSource dataSource, List<String> secrets) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : tables(c)) {
                try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            byte[] bytes = rs.getBytes(i);
                            String value = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8) + rs.getString(i);
                            for (String secret : secrets) {
                                if (value.contains(secret) || value.contains("INFIDELITY") || value.contains("\"OFTEN\"")) {
                                    found.add(table + "." + rs.getMetaData().getColumnName(i));
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String schema = rs.getString("TABLE_SCHEM");
                if (TestDatabase.postgres() && !c.getSchema().equals(schema)) {
                    continue;
                }
                if (!name.startsWith("sqlite_")) {
                    tables.add(name);
                }
            }
        }
        assertThat(tables).contains("reflection", "safety_check", "timeline_entry", "apology", "apology_answer", "own_role_entry",
                "spring_session_attributes", "appreciation", "kind_act");
        return tables;
    }
}
