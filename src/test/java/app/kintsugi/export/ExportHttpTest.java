package app.kintsugi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.Settings;
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
import app.kintsugi.help.CounselorLinks;
import app.kintsugi.help.Counselors;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export through HTTP, tried as a person would: Ana and Ben both write in every module, Ana
 * downloads her data as JSON and as PDF. Her words are all there, valid against the published
 * schema; nothing Ben wrote is, private or shared. Without the password, or with a wrong one,
 * nothing is downloaded; signed out, the page sends to sign-in; nobody can ask for another's data.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExportHttpTest extends IntegrationTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

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
    @Autowired JsonMapper json;

    private TestPerson ana;
    private TestPerson ben;
    private String a;
    private String b;
    private final List<String> anasWords = new ArrayList<>();
    private final List<String> bensWords = new ArrayList<>();

    @BeforeEach
    void aCoupleWhoWroteInEveryModule() {
        ana = people.create("Ana");
        ben = people.create("Ben");
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
        live.act(ben.id(), talk, benDevice, LiveAction.REFLECTED, 1, w(b, "summary"));
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

        // Check-ins, the safety check and a counselor both agreed to.
        checkIns.save(ana.id(), checkInAnswers(), false);
        checkIns.save(ben.id(), checkInAnswers(), false);
        safety.record(ana.id(), SafetyAnswers.allClear());
        var operator = accounts.register(new app.kintsugi.account.NewAccount(TestAccounts.uniqueEmail(), "Operator",
                TestAccounts.PASSWORD, "en", "UTC"), app.kintsugi.account.AccountRole.OPERATOR);
        var counselor = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Counselor", "A practice", "en").counselor();
        UUID link = links.invite(ana.id(), counselor.code(), true).id();
        links.consent(ben.id(), link);
    }

    private String w(String who, String what) {
        String word = who + "-" + what;
        (who.equals(a) ? anasWords : bensWords).add(word);
        return word;
    }

    private static Map<String, String> checkInAnswers() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : List.of("predictable", "dependable", "faith", "checking", "safe", "hard-talks", "close", "hope",
                "overwhelmed", "distress")) {
            out.put(id, "3");
        }
        return out;
    }

    private MockHttpServletResponse download(TestPerson who, String format, String password) throws Exception {
        return postAs(who, "/settings/data", password == null ? Map.of("format", format) : Map.of("format", format, "password", password));
    }

    @Test
    void theJsonHoldsEverythingAnaWroteAndNothingBenWroteAndFollowsTheSchema(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = download(ana, "json", TestAccounts.PASSWORD);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("my-data-").contains(".json")
                .doesNotContainIgnoringCase("kintsugi");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(anasWords).hasSizeGreaterThan(30);
        for (String word : anasWords) {
            assertThat(body).as("Ana's own words").contains(word);
        }
        assertThat(body).as("nothing Ben wrote, private or shared").doesNotContain(b);
        assertThat(body).doesNotContain("password").doesNotContain("$argon2");

        List<Error> errors = schema().validate(body, com.networknt.schema.InputFormat.JSON);
        assertThat(errors).as("valid against export-v1.schema.json").isEmpty();

        JsonNode root = json.readTree(body);
        assertThat(root.get("account").get("email").asString()).isEqualTo(ana.email());
        assertThat(root.get("sections").propertyNames()).contains("reflections", "program", "responsibility", "communication",
                "trust", "transparency", "boundaries", "respect", "checkIns", "safety", "help");
        assertThat(body).contains("\"VISIBILITY_CHANGED\"").contains("PRIVATE->PARTNER");
        for (JsonNode line : root.get("audit")) {
            assertThat(line.get("actor").asString()).isIn("self", "other", "system");
        }
        assertThat(body).doesNotContain(ben.id().value().toString());
        assertThat(output.getAll()).contains("event=data_exported").doesNotContain(a + "-");
    }

    @Test
    void thePdfIsReadableAndHoldsAnasWordsOnly() throws Exception {
        MockHttpServletResponse response = download(ana, "pdf", TestAccounts.PASSWORD);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("my-data-").contains(".pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        for (String word : List.of(w(a, "what-happened"), w(a, "apology"), w(a, "question"), w(a, "boundary-why"),
                w(a, "appreciation"), w(a, "notepad"))) {
            assertThat(text.replaceAll("\\s+", "")).contains(word);
        }
        assertThat(text).doesNotContain(b).contains("Kintsugi");
    }

    @Test
    void inDiscreetModeThePdfNamesTheApplicationNowhere() throws Exception {
        var me = accounts.find(ana.id()).orElseThrow();
        accounts.updateSettings(ana.id(), new Settings(me.displayName(), "es", me.theme(), true, "Europe/Madrid", me.version()));

        MockHttpServletResponse response = mvc.perform(post("/settings/data").with(csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(ana.principal()))
                .header("Accept-Language", "es").param("format", "pdf").param("password", TestAccounts.PASSWORD))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).doesNotContainIgnoringCase("kintsugi");
        String text = pdfText(response.getContentAsByteArray());
        assertThat(text).doesNotContainIgnoringCase("kintsugi").contains("Mis datos");
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContainIgnoringCase("kintsugi");
    }

    @Test
    void aWrongOrMissingPasswordDownloadsNothingAndSaysSoNextToTheField() throws Exception {
        MockHttpServletResponse wrong = download(ana, "json", "not my password");
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentType()).startsWith("text/html");
        assertThat(text(wrong)).contains("That password is not right").contains("id=\"password-error\"")
                .contains("aria-invalid=\"true\"").doesNotContain(a + "-");
        assertThat(wrong.getHeader("Content-Disposition")).isNull();

        MockHttpServletResponse missing = download(ana, "pdf", null);
        assertThat(text(missing)).contains("Please type your password.");
        assertThat(missing.getHeader("Content-Disposition")).isNull();
    }

    @Test
    void manyWrongPasswordsAreSlowedDownNotLockedOut() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(text(download(ana, "json", "guess " + i))).contains("That password is not right");
        }
        assertThat(text(download(ana, "json", TestAccounts.PASSWORD))).contains("Please wait");
        clock.advance(java.time.Duration.ofMinutes(2));
        assertThat(download(ana, "json", TestAccounts.PASSWORD).getStatus()).isEqualTo(200);
        // Ben's allowance is his own.
        assertThat(download(ben, "json", TestAccounts.PASSWORD).getHeader("Content-Disposition")).contains("attachment");
    }

    @Test
    void theSettingsPageLinksToTheDataPageWhichExplainsWhatItHolds() throws Exception {
        assertThat(text(page(ana, "/settings"))).contains("href=\"/settings/data\"");
        String page = text(page(ana, "/settings/data"));
        assertThat(page).contains("Your data").contains("It does not hold what your partner wrote")
                .contains("name=\"password\"").contains("autocomplete=\"current-password\"");
    }

    /** Access matrix rows: the page and the download for each kind of visitor. */
    @Test
    void onlyThePersonThemselvesCanExportTheirData() throws Exception {
        MockHttpServletResponse anonymousPage = mvc.perform(get("/settings/data")).andReturn().getResponse();
        assertThat(anonymousPage.getStatus()).isEqualTo(302);
        assertThat(anonymousPage.getRedirectedUrl()).endsWith("/sign-in");
        MockHttpServletResponse anonymousPost = mvc.perform(post("/settings/data").with(csrf())
                .param("format", "json").param("password", TestAccounts.PASSWORD)).andReturn().getResponse();
        assertThat(anonymousPost.getStatus()).isEqualTo(302);
        assertThat(anonymousPost.getContentAsString()).doesNotContain(a);

        // Ben, with his own password, gets his own data, never Ana's, whatever he sends.
        MockHttpServletResponse bens = postAs(ben, "/settings/data?person=" + ana.id().value(),
                Map.of("format", "json", "password", TestAccounts.PASSWORD, "person", ana.id().value().toString()));
        assertThat(bens.getStatus()).isEqualTo(200);
        String body = bens.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains(ben.email()).doesNotContain(ana.email()).doesNotContain(a + "-");
        assertThat(body).contains(b + "-private-reflection");

        // There is no address that names a person.
        assertThat(page(ben, "/settings/data/" + ana.id().value()).getStatus()).isEqualTo(404);
    }

    private Schema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/export/export-v1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
