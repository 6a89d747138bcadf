package app.kintsugi.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaires;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;

/**
 * Counselor access end to end through HTTP: the operator approves, one partner invites, nothing is
 * visible until the other agrees, the counselor reads exactly what each showed, the partners see
 * each read, and the counselor's next request after a revocation is refused.
 */
class CounselorAccessHttpTest extends TwoCouplesTest {

    private static final String SHOWN = "shown-to-counselor-M3k what happened";
    private static final String KEPT = "kept-private-P9w what happened";
    private static final String BENS = "bens-own-V2q what happened";

    @Autowired
    Accounts accounts;

    @Autowired
    Couples couples;

    @Autowired
    Reflections reflections;

    @Autowired
    Counselors counselors;

    @Autowired
    Questionnaires questionnaires;

    private TestPerson operator;
    private TestPerson counselor;
    private String code;
    private ReflectionId shown;
    private ReflectionId kept;
    private ReflectionId bens;

    @Override
    protected TestCouple cleoAndDan() {
        return testCouples.of("Cleo", Role.BOTH, "Dan", Role.BOTH);
    }

    @BeforeEach
    void setUp() {
        operator = people.staff("Olga", AccountRole.OPERATOR);
        var created = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Rivera", "Rivera Practice, licence 123", "en");
        counselor = new TestPerson(created.counselor().id(), created.counselor().email(), "Dr Rivera",
                TestAccounts.principal(created.counselor().id(), AccountRole.COUNSELOR));
        code = created.counselor().code();
        shown = reflections.create(ana.id(), new ReflectionDraft("For the session", SHOWN, null, null, Map.of(), null));
        kept = reflections.create(ana.id(), new ReflectionDraft("Just mine", KEPT, null, null, Map.of(), null));
        bens = reflections.create(ben.id(), new ReflectionDraft("Bens", BENS, null, null, Map.of(), null));
    }

    private UUID invite(TestPerson who, String typed) throws Exception {
        MockHttpServletResponse r = postAs(who, "/help/counselor/invite", Map.of("counselor", typed, "consent", "true"));
        assertThat(r.getRedirectedUrl()).contains("/help/counselor?invited");
        return UUID.fromString(jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(who.id().value().toString()).query(String.class).single());
    }

    @Test
    void bothConsentTheCounselorSeesExactlyWhatWasShownAndARevocationEndsItOnTheNextRequest() throws Exception {
        UUID link = invite(ana, code.toLowerCase().replace("-", " "));
        String room = "/counselor/couples/" + link;

        // Ana agreed and chooses; Ben has not agreed: the counselor sees nothing, not even Ben's name.
        assertThat(postAs(ana, "/help/counselor/show", Map.of("kind", "reflection", "entry", shown.value().toString(), "show", "true"))
                .getRedirectedUrl()).contains("shown");
        assertThat(page(counselor, room).getStatus()).isEqualTo(404);
        String list = text(page(counselor, "/counselor"));
        assertThat(list).contains("Ana invited you").doesNotContain("Ben");
        assertThat(text(page(ben, "/"))).contains("Ana invited a counselor for the two of you.");
        assertThat(text(page(ana, "/"))).doesNotContain("invited a counselor");
        String bensPage = text(page(ben, "/help/counselor"));
        assertThat(bensPage).contains("Ana invited Dr Rivera").contains("Rivera Practice, licence 123").contains("I agree")
                .contains("Saying not now is fine, and Ana is not told why.");
        assertThat(bensPage).as("Ben never sees what Ana chose").doesNotContain("For the session");

        // Agreeing needs the box ticked.
        assertThat(text(postAs(ben, "/help/counselor/" + link + "/consent", Map.of()))).contains("Please tick the box if you agree.");
        assertThat(page(counselor, room).getStatus()).isEqualTo(404);
        assertThat(postAs(ben, "/help/counselor/" + link + "/consent", Map.of("agree", "true")).getRedirectedUrl()).contains("agreed");

        assertThat(text(page(ben, "/"))).as("no longer news once agreed").doesNotContain("invited a counselor");
        // Now the counselor reads what Ana showed, and nothing else.
        String seen = text(page(counselor, room));
        assertThat(seen).contains(SHOWN).contains("For the session").doesNotContain(KEPT).doesNotContain(BENS)
                .contains("Ben has not shown you anything yet.");
        // Both partners see the read, with what it covered.
        assertThat(text(page(ana, "/help/counselor"))).contains("Dr Rivera read what you showed them on").contains("one entry");
        assertThat(text(page(ben, "/help/counselor"))).contains("Dr Rivera read what you showed them on").contains("no entries");

        // Ben shows his own reflection and his scores; the counselor then sees them too.
        answerCheckIn(ben);
        postAs(ben, "/help/counselor/show", Map.of("kind", "reflection", "entry", bens.value().toString(), "show", "true"));
        postAs(ben, "/help/counselor/show", Map.of("kind", "check-in-scores", "entry", ben.id().value().toString(), "show", "true"));
        seen = text(page(counselor, room));
        assertThat(seen).contains(BENS).contains("Check-in scores of Ben").contains("Scores of Ben").contains("<polyline");
        assertThat(text(page(ben, "/help/counselor"))).contains("one entry, and your check-in scores.");
        page(counselor, room);
        assertThat(text(page(ben, "/help/counselor"))).as("reloads that day are one line")
                .contains("one entry, and your check-in scores (2 times that day).");

        // Ana stops showing her reflection: gone on the next request.
        postAs(ana, "/help/counselor/show", Map.of("kind", "reflection", "entry", shown.value().toString(), "show", "false"));
        assertThat(text(page(counselor, room))).doesNotContain(SHOWN).contains(BENS);

        // The counselor's notes are theirs alone and sealed.
        assertThat(postAs(counselor, room + "/notes", Map.of("note", "note-marker-T4z first session")).getRedirectedUrl()).contains("noted");
        assertThat(text(page(counselor, room))).contains("note-marker-T4z first session");
        assertThat(text(page(ana, "/help/counselor"))).doesNotContain("note-marker-T4z");
        byte[] raw = jdbc.sql("SELECT content FROM counselor_note WHERE link_id = ?").param(link.toString()).query(byte[].class).single();
        assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("note-marker-T4z");

        // Ben ends it: the counselor's very next request is refused, and so is a note.
        assertThat(postAs(ben, "/help/counselor/" + link + "/end", Map.of()).getRedirectedUrl()).contains("ended");
        MockHttpServletResponse after = page(counselor, room);
        assertThat(after.getStatus()).isEqualTo(404);
        assertThat(text(after)).doesNotContain(BENS).doesNotContain("note-marker-T4z");
        assertThat(postAs(counselor, room + "/notes", Map.of("note", "after")).getStatus()).isEqualTo(404);
        assertThat(text(page(counselor, "/counselor"))).doesNotContain("Ana").doesNotContain("Ben");
        assertThat(text(page(ana, "/help/counselor"))).contains("Invite a counselor");
    }

    @Test
    void invitationsAreRefusedWithAClearMessageAndNothingIsStoredHalfWay() throws Exception {
        Map<String, String> noConsent = Map.of("counselor", code);
        assertThat(text(postAs(ana, "/help/counselor/invite", noConsent)))
                .contains("Please tick the box if you agree.").contains("value=\"" + code + "\"");
        assertThat(text(postAs(ana, "/help/counselor/invite", Map.of("counselor", "", "consent", "true"))))
                .contains("Please type your counselor’s code or email.");
        MockHttpServletResponse script = postAs(ana, "/help/counselor/invite", Map.of("counselor", "<script>alert(1)</script>", "consent", "true"));
        assertThat(text(script)).contains("No approved counselor has this code or email here.");
        assertThat(script.getContentAsString()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(text(postAs(ana, "/help/counselor/invite", Map.of("counselor", "x".repeat(100_000), "consent", "true"))))
                .contains("No approved counselor has this code or email here.");
        // A counselor still waiting for approval, or a person's email, cannot be invited.
        counselors.register(new NewAccount("waiting-" + TestAccounts.uniqueEmail(), "Dr Wait", TestAccounts.PASSWORD, "en", "UTC"), "Practice");
        String someone = jdbc.sql("SELECT email FROM person WHERE id = ?").param(cleo.id().value().toString()).query(String.class).single();
        assertThat(text(postAs(ana, "/help/counselor/invite", Map.of("counselor", someone, "consent", "true"))))
                .contains("No approved counselor has this code or email here.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_link WHERE couple_id = ?")
                .param(couples.current(ana.id()).orElseThrow().id().value().toString()).query(Long.class).single()).isZero();

        // By email works; a second invitation while one is open is refused.
        invite(ana, counselor.email().toUpperCase());
        assertThat(text(postAs(ben, "/help/counselor/invite", Map.of("counselor", code, "consent", "true"))))
                .contains("There is already a counselor invitation for the two of you.");
        // Without any space (no role chosen yet), no invitation: the role comes first (decision 42).
        TestPerson solo = people.create("Solo");
        assertThat(text(postAs(solo, "/help/counselor/invite", Map.of("counselor", code, "consent", "true"))))
                .contains("To invite a counselor here, first choose your role.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_link WHERE invited_by = ?").param(solo.id().value().toString())
                .query(Long.class).single()).isZero();
    }

    @Test
    void noOneOutsideTheCoupleCanAgreeEndOrChooseAndACounselorCannotOpenPeoplesPages() throws Exception {
        UUID link = invite(ana, code);
        // Another couple's person: every action on this link is "not found".
        assertThat(postAs(cleo, "/help/counselor/" + link + "/consent", Map.of("agree", "true")).getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/help/counselor/" + link + "/end", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/help/counselor/show", Map.of("kind", "reflection", "entry", shown.value().toString(), "show", "true"))
                .getStatus()).isEqualTo(404);
        // Ana cannot show Ben's reflection, nor her partner's scores.
        assertThat(postAs(ana, "/help/counselor/show", Map.of("kind", "reflection", "entry", bens.value().toString(), "show", "true"))
                .getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/help/counselor/show", Map.of("kind", "check-in-scores", "entry", ben.id().value().toString(), "show", "true"))
                .getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/help/counselor/show", Map.of("kind", "made-up", "entry", shown.value().toString(), "show", "true"))
                .getStatus()).isEqualTo(404);
        postAs(ben, "/help/counselor/" + link + "/consent", Map.of("agree", "true"));
        assertThat(page(counselor, "/counselor/couples/" + link).getStatus()).isEqualTo(200);

        // A counselor cannot reach people's pages, whatever is shown to them.
        postAs(ana, "/help/counselor/show", Map.of("kind", "reflection", "entry", shown.value().toString(), "show", "true"));
        for (String path : new String[] {"/reflections/" + shown, "/reflections", "/space", "/check-in/trajectory", "/help/counselor"}) {
            MockHttpServletResponse r = page(counselor, path);
            assertThat(r.getStatus()).as(path).isEqualTo(404);
            assertThat(r.getContentAsString()).doesNotContain(SHOWN);
        }
        assertThat(page(counselor, "/").getRedirectedUrl()).isEqualTo("/counselor");
        // People and the operator cannot reach a counselor's pages; another counselor cannot open this couple.
        TestPerson other = otherCounselor();
        for (TestPerson p : new TestPerson[] {ana, ben, cleo, operator, other}) {
            assertThat(page(p, "/counselor/couples/" + link).getStatus()).as(p.name()).isEqualTo(404);
        }
        assertThat(postAs(other, "/counselor/couples/" + link + "/end", Map.of()).getStatus()).isEqualTo(404);
        assertThat(page(ana, "/operator").getStatus()).isEqualTo(404);
        // Nor can a counselor or the operator start or join a couple space.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> couples.start(counselor.id(), Role.BOTH))
                .isInstanceOf(app.kintsugi.shared.NotFoundException.class);
        String danCode = couples.start(people.create("Eve").id(), Role.BOTH).code();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> couples.join(operator.id(), danCode, Role.BOTH))
                .isInstanceOf(app.kintsugi.shared.NotFoundException.class);
        assertThat(page(counselor, "/operator").getStatus()).isEqualTo(404);
    }

    @Test
    void theOperatorApprovesAndWithdrawsAndAWithdrawalEndsAccessAtOnce() throws Exception {
        var registered = counselors.register(new NewAccount(TestAccounts.uniqueEmail(), "Dr Lopez", TestAccounts.PASSWORD, "en", "UTC"),
                "Lopez Clinic, registration 4567");
        TestPerson lopez = new TestPerson(registered.id(), registered.email(), "Dr Lopez",
                TestAccounts.principal(registered.id(), AccountRole.COUNSELOR));
        assertThat(text(page(lopez, "/counselor"))).contains("Waiting for approval").doesNotContain("Your code");
        String ops = text(page(operator, "/operator"));
        assertThat(ops).contains("Dr Lopez").contains("Lopez Clinic, registration 4567").contains("waiting for approval");
        long version = counselors.find(lopez.id()).orElseThrow().version();
        assertThat(postAs(operator, "/operator/counselors/" + lopez.id().value() + "/decision",
                Map.of("status", "APPROVED", "version", String.valueOf(version))).getRedirectedUrl()).contains("decided=approved");
        // A second approval from a stale page is reported, not applied twice.
        assertThat(text(postAs(operator, "/operator/counselors/" + lopez.id().value() + "/decision",
                Map.of("status", "APPROVED", "version", String.valueOf(version))))).contains("This was changed meanwhile.");
        String lopezCode = counselors.find(lopez.id()).orElseThrow().code();
        assertThat(text(page(lopez, "/counselor"))).contains(lopezCode);

        UUID link = invite(cleo, lopezCode);
        TestPerson dan = new TestPerson(couples.current(cleo.id()).orElseThrow().partnerId().orElseThrow(), "", "Dan",
                TestAccounts.principal(couples.current(cleo.id()).orElseThrow().partnerId().orElseThrow(), AccountRole.PERSON));
        postAs(dan, "/help/counselor/" + link + "/consent", Map.of("agree", "true"));
        assertThat(page(lopez, "/counselor/couples/" + link).getStatus()).isEqualTo(200);

        version = counselors.find(lopez.id()).orElseThrow().version();
        postAs(operator, "/operator/counselors/" + lopez.id().value() + "/decision",
                Map.of("status", "WITHDRAWN", "version", String.valueOf(version)));
        assertThat(page(lopez, "/counselor/couples/" + link).getStatus()).isEqualTo(404);
        assertThat(text(page(cleo, "/help/counselor"))).contains("cannot be reached through this site at the moment");
        // The operator's page never shows anything a couple wrote.
        assertThat(text(page(operator, "/operator"))).doesNotContain(SHOWN).doesNotContain(KEPT);
    }

    @Test
    void theOperatorCreatesACounselorWhoCanSignInWithTheFirstPasswordShownOnce() throws Exception {
        String email = TestAccounts.uniqueEmail();
        MockHttpServletResponse r = postAs(operator, "/operator/counselors",
                Map.of("email", email, "displayName", "Dr New", "practice", "", "language", "es"));
        assertThat(r.getHeader("Cache-Control")).contains("no-store");
        String body = text(r);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}").matcher(body);
        assertThat(m.find()).isTrue();
        String password = m.group();
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/sign-in")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(freshAddress()).param("email", email).param("password", password))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(text(page(operator, "/operator"))).doesNotContain(password);
        // Bad input: the operator's text is kept and the field named.
        assertThat(text(postAs(operator, "/operator/counselors", Map.of("email", "not-an-email", "displayName", "Dr Kept", "practice", "", "language", "en"))))
                .contains("value=\"Dr Kept\"").contains("field-error");
    }

    @Autowired
    CounselorLinks links;

    @Test
    void twoClicksAtOnceStoreOneAgreementAndOneChoice() throws Exception {
        UUID link = invite(ana, code);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Object>>();
            for (int i = 0; i < 6; i++) {
                tasks.add(() -> {
                    links.consent(ben.id(), link);
                    links.show(ana.id(), "reflection", shown.value(), true);
                    return null;
                });
            }
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_consent WHERE link_id = ?").param(link.toString()).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_share WHERE link_id = ?").param(link.toString()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'COUNSELOR_CONSENTED' AND subject_id = ?")
                .param(link.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(text(page(counselor, "/counselor/couples/" + link))).contains(SHOWN);
    }

    private TestPerson otherCounselor() {
        var created = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Other", "", "en");
        return new TestPerson(created.counselor().id(), created.counselor().email(), "Dr Other",
                TestAccounts.principal(created.counselor().id(), AccountRole.COUNSELOR));
    }

    private void answerCheckIn(TestPerson who) throws Exception {
        Map<String, String> answers = new HashMap<>();
        for (Item item : questionnaires.weekly().items()) {
            answers.put(item.id(), String.valueOf(item.scale().min() + 1));
        }
        assertThat(postAs(who, "/check-in", answers).getRedirectedUrl()).contains("saved");
    }
}
