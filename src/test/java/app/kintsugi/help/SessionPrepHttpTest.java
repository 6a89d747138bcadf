package app.kintsugi.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.Settings;
import app.kintsugi.account.Theme;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.responsibility.OwnRoleDraft;
import app.kintsugi.responsibility.OwnRoleReflections;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Outcome;

/**
 * The session-prep report through HTTP: Ana chooses parts of what she wrote and downloads a PDF.
 * The PDF's text is read back with PDFBox: what she chose is in it, what she did not choose is not,
 * and nothing private of Ben's (nor of another couple) gets in, even when its id is sent by hand.
 */
@ExtendWith(OutputCaptureExtension.class)
class SessionPrepHttpTest extends TwoCouplesTest {

    private static final String HOSTILE = "<script>alert('x')</script> & <b>bold</b> &amp; \"quoted\"";
    private static final String SCRIPTS = "Lo que más me dolió fue la mentira, señal de que… "
            + "Ελληνικά: εμπιστοσύνη · Русский: доверие · Português: confiança";

    @Autowired
    Accounts accounts;
    @Autowired
    Reflections reflections;
    @Autowired
    OwnRoleReflections ownRoles;
    @Autowired
    Questions questions;
    @Autowired
    Commitments commitments;
    @Autowired
    CheckIns checkIns;
    @Value("${kintsugi.data-dir}")
    String dataDir;

    private ReflectionId chosenReflection;
    private ReflectionId otherReflection;
    private UUID chosenOwnRole;
    private UUID otherOwnRole;
    private ReflectionId bensPrivate;
    private ReflectionId bensShared;
    private UUID cleosOwnRole;

    @Override
    protected TestCouple cleoAndDan() {
        return testCouples.of("Cleo", Role.BOTH, "Dan", Role.BOTH);
    }

    @BeforeEach
    void aCoupleWithThingsWritten() {

        chosenReflection = reflections.create(ana.id(), new ReflectionDraft("The night of the messages",
                "CHOSEN-REFLECTION " + HOSTILE + "\nSecond line 🙂 with an emoji.\n\n" + SCRIPTS,
                "CHOSEN-VIOLATIONS the lies about where he was", BetrayalKind.LYING,
                Map.of(Emotion.HURT, 8, Emotion.ANGER, 5), "CHOSEN-IMPACT I sleep badly."));
        otherReflection = reflections.create(ana.id(), new ReflectionDraft(null, "UNCHOSEN-REFLECTION about the holiday",
                null, null, Map.of(), null));
        chosenOwnRole = ownRoles.create(ana.id(), new OwnRoleDraft("CHOSEN-OWN-ROLE I stopped asking how he was.", null,
                "CHOSEN-HURT I was cold."));
        otherOwnRole = ownRoles.create(ana.id(), new OwnRoleDraft("UNCHOSEN-OWN-ROLE something else", null, null));

        bensPrivate = reflections.create(ben.id(), new ReflectionDraft(null, "BEN-PRIVATE-REFLECTION never for Ana", null, null,
                Map.of(), null));
        bensShared = reflections.create(ben.id(), new ReflectionDraft(null, "BEN-SHARED-REFLECTION Ana may read this", null,
                null, Map.of(), null));
        reflections.shareWithPartner(ben.id(), bensShared);
        cleosOwnRole = ownRoles.create(cleo.id(), new OwnRoleDraft("CLEO-OWN-ROLE another couple", null, null));

        UUID asked = questions.ask(ana.id(), "ANA-OPEN-QUESTION Who else knew?");
        UUID forMe = questions.ask(ben.id(), "BEN-QUESTION-FOR-COUNSELOR Why did you stop talking to me?");
        questions.respond(ana.id(), forMe, 0, "COUNSELOR", "BEN-NOT-SHOWN counselor note", "");
        UUID answered = questions.ask(ana.id(), "ANA-ANSWERED-QUESTION When did it start?");
        questions.respond(ben.id(), answered, 0, "ANSWER", "In March.", "");
        assertThat(asked).isNotNull();

        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        UUID commitment = commitments.create(ana.id(), new CommitmentDraft("ANA-COMMITMENT Phone calls at lunch", "DAILY", List.of(),
                today.minusDays(6).toString(), "", "PRIVATE"));
        commitments.report(ana.id(), commitment, today.minusDays(6).toString(), Outcome.KEPT, "ANA-CHECKIN-NOTE tired");
        commitments.report(ana.id(), commitment, today.minusDays(5).toString(), Outcome.KEPT, null);
        commitments.report(ana.id(), commitment, today.minusDays(4).toString(), Outcome.NOT_KEPT, null);
        commitments.create(ben.id(), new CommitmentDraft("BEN-PRIVATE-COMMITMENT", "DAILY", List.of(), "", "", "PRIVATE"));

        earlierWeeks(ana, new int[] {2, 3, 4}, new int[] {8, 6, 3});
        earlierWeeks(ben, new int[] {5, 5, 5}, new int[] {1, 1, 1});
        checkIns.setSharing(ben.id(), true);
    }

    @Test
    void theChosenPartsAreInThePdfAndNothingElse(CapturedOutput output) throws Exception {
        Set<String> before = filesIn(Path.of(dataDir));
        MockHttpServletResponse r = download(ana, Map.of(
                "include", List.of("TREND", "QUESTIONS", "COMMITMENTS"),
                "reflections", List.of(chosenReflection.toString()),
                "ownRoles", List.of(chosenOwnRole.toString()),
                "talkAbout", List.of("TALK-ABOUT How to stop checking his phone.")));

        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        assertThat(r.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"kintsugi-session-prep-" + today + ".pdf\"");
        assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
        keep("report-en.pdf", r.getContentAsByteArray());
        String text = pdfText(r.getContentAsByteArray());

        assertThat(text).contains("Notes for my counseling session").contains("Ana")
                .contains("Page").contains("TALK-ABOUT How to stop checking his phone.");
        // The check-in trend: Ana's own scores only.
        assertThat(text).contains("How things have moved").contains("Trust in my partner").contains("Overall distress")
                .contains("Since my first check-in").contains("improved");
        // Reflections in full, with what she wrote escaped and every script intact.
        assertThat(text).contains("CHOSEN-REFLECTION").contains("<script>alert('x')</script> & <b>bold</b> &amp; \"quoted\"")
                .contains("Second line").contains("🙂").contains("Ελληνικά:").contains("εμπιστοσύνη").contains("Русский:").contains("доверие")
                .contains("señal de que…").contains("CHOSEN-VIOLATIONS").contains("CHOSEN-IMPACT").contains("Hurt: 8 of 10")
                .contains("Lying").contains("The night of the messages");
        assertThat(text).contains("CHOSEN-OWN-ROLE").contains("CHOSEN-HURT").contains("My actions and choices");
        // Questions still waiting, both ways, with their status in words; answered ones are not open.
        assertThat(text).contains("ANA-OPEN-QUESTION").contains("Waiting for Ben’s answer")
                .contains("BEN-QUESTION-FOR-COUNSELOR").contains("I would like to answer this with our counselor present")
                .doesNotContain("ANA-ANSWERED-QUESTION");
        // The commitment record: counts, not the notes.
        assertThat(text).contains("ANA-COMMITMENT Phone calls at lunch").contains("kept on 2 of 3 answered days (67 %)")
                .doesNotContain("ANA-CHECKIN-NOTE");
        // Nothing unchosen, nothing of Ben's own, nothing of another couple.
        assertThat(text).doesNotContain("UNCHOSEN-REFLECTION").doesNotContain("UNCHOSEN-OWN-ROLE")
                .doesNotContain("BEN-PRIVATE-REFLECTION").doesNotContain("BEN-SHARED-REFLECTION")
                .doesNotContain("BEN-PRIVATE-COMMITMENT").doesNotContain("BEN-NOT-SHOWN").doesNotContain("CLEO");

        // Logged with ids and a count only; kept nowhere.
        assertThat(output.getOut()).contains("event=session_prep_generated person=" + ana.id() + " sections=6")
                .doesNotContain("TALK-ABOUT").doesNotContain("CHOSEN-REFLECTION");
        assertThat(filesIn(Path.of(dataDir))).as("no file left in the data directory").isEqualTo(before);
    }

    @Test
    void onlyWhatIsTickedGoesIn() throws Exception {
        String text = pdfText(download(ana, Map.of("include", List.of("QUESTIONS"))).getContentAsByteArray());
        assertThat(text).contains("ANA-OPEN-QUESTION").doesNotContain("How things have moved").doesNotContain("ANA-COMMITMENT")
                .doesNotContain("CHOSEN-REFLECTION").doesNotContain("CHOSEN-OWN-ROLE").doesNotContain("What I want to talk about");

        String trend = pdfText(download(ana, Map.of("include", List.of("TREND", "NOT-A-PART"))).getContentAsByteArray());
        assertThat(trend).contains("Trust in my partner").doesNotContain("ANA-OPEN-QUESTION").doesNotContain("Questions still open");
    }

    @Test
    void anyIdThatIsNotHerOwnIsNotFoundAndNoPdfIsMade() throws Exception {
        for (String id : List.of(bensPrivate.toString(), bensShared.toString(), UUID.randomUUID().toString(), "not-an-id")) {
            MockHttpServletResponse r = download(ana, Map.of("include", List.of("TREND"), "reflections", List.of(id)));
            assertThat(r.getStatus()).as(id).isEqualTo(404);
            assertThat(r.getContentType()).as(id).doesNotContain("pdf");
        }
        for (String id : List.of(cleosOwnRole.toString(), bensShared.toString())) {
            assertThat(download(ana, Map.of("ownRoles", List.of(id))).getStatus()).as(id).isEqualTo(404);
        }
        // Her own, under the other kind's name, does not exist either.
        assertThat(download(ana, Map.of("ownRoles", List.of(chosenReflection.toString()))).getStatus()).isEqualTo(404);
        assertThat(download(ben, Map.of("reflections", List.of(chosenReflection.toString()))).getStatus()).isEqualTo(404);
    }

    @Test
    void theFormOffersOnlyHerOwnEntriesAndKeepsWhatWasChosenWhenSomethingIsMissing() throws Exception {
        String form = text(page(ana, "/help/prepare"));
        assertThat(form).contains("Prepare for a counseling session").contains("The night of the messages")
                .contains("UNCHOSEN-REFLECTION about the holiday").contains("CHOSEN-OWN-ROLE I stopped asking how he was.")
                .contains("How things have moved").contains("Open questions").contains("Your commitments and how they have gone")
                .doesNotContain("BEN-").doesNotContain("CLEO");

        MockHttpServletResponse nothing = download(ana, Map.of("talkAbout", List.of("   ")));
        assertThat(nothing.getStatus()).isEqualTo(200);
        assertThat(nothing.getContentType()).startsWith("text/html");
        assertThat(text(nothing)).contains("Please choose at least one thing to include, or write what you want to talk about.")
                .contains("id=\"include-error\"");

        String tooLong = "TOO-LONG " + "a".repeat(20_000);
        MockHttpServletResponse longText = download(ana, Map.of("talkAbout", List.of(tooLong),
                "reflections", List.of(otherReflection.toString())));
        String page = text(longText);
        assertThat(page).contains("This is longer than 20,000 characters").contains(tooLong)
                .containsPattern("value=\"" + otherReflection + "\"[^>]* checked");
    }

    @Test
    void aReportOfOnlyWordsAndVeryLongTextsStillReads() throws Exception {
        String longWord = "W" + "x".repeat(1_200);
        StringBuilder essay = new StringBuilder("ESSAY-START ");
        while (essay.length() < 19_900) {
            essay.append("Some days are better than others, and I want to say so without fear. ");
        }
        essay.setLength(19_900);
        essay.append(" ESSAY-END");
        ReflectionId big = reflections.create(ana.id(), new ReflectionDraft(null, essay.toString(), "B".repeat(3_000), null, Map.of(),
                "A".repeat(3_000)));
        MockHttpServletResponse r = download(ana, Map.of("reflections", List.of(big.toString()),
                "talkAbout", List.of("Line with a control character\u0001 and a lone surrogate \uD800 removed.")));
        assertThat(r.getStatus()).isEqualTo(200);
        keep("report-long.pdf", r.getContentAsByteArray());
        // A word longer than a line wraps inside the margins rather than running off the page.
        String oneWord = pdfText(download(ana, Map.of("talkAbout", List.of(longWord))).getContentAsByteArray());
        assertThat(oneWord.replaceAll("\\s", "")).contains(longWord);
        try (PDDocument pdf = Loader.loadPDF(r.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("ESSAY-START").contains("ESSAY-END").contains("Line with a control character and a lone surrogate")
                    .contains("Page");

            // Every page carries its number and the total in the footer.
            int total = pdf.getNumberOfPages();
            for (int page = 1; page <= total; page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(pdf)).as("page " + page).containsPattern("Page\\s+of\\s+" + page + "\\s+" + total + "\\b");
            }
        }
    }

    @Test
    void inSpanishTheReportSpeaksSpanish() throws Exception {
        MockHttpServletResponse r = download(ana, Map.of("lang", List.of("es"), "include", List.of("TREND", "QUESTIONS", "COMMITMENTS"),
                "reflections", List.of(chosenReflection.toString()), "ownRoles", List.of(chosenOwnRole.toString())));
        keep("report-es.pdf", r.getContentAsByteArray());
        String text = pdfText(r.getContentAsByteArray());
        assertThat(text).contains("Notas para mi sesión de terapia").contains("Página").contains("Confianza en mi pareja")
                .contains("Preguntas que hice yo").contains("Esperando la respuesta de Ben").contains("Mis compromisos")
                .contains("Qué pasó").contains("Mis actos y decisiones").doesNotContain("Notes for my counseling session");
    }

    @Test
    void theDateIsTheOneOnHerCalendarAndDiscreetModeKeepsTheAppsNameOutOfTheFileAndThePdf() throws Exception {
        // Noon in UTC is already the next day at UTC+14.
        java.time.LocalTime now = java.time.LocalTime.now(clock.withZone(ZoneId.of("UTC")));
        clock.advance(Duration.ofMinutes(Math.floorMod(java.time.temporal.ChronoUnit.MINUTES.between(now, java.time.LocalTime.NOON), 24 * 60)));
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        LocalDate herDay = LocalDate.now(clock.withZone(kiritimati));
        assertThat(herDay).isAfter(LocalDate.now(clock.withZone(ZoneId.of("UTC"))));
        accounts.updateSettings(ana.id(), new Settings("Ana", "en", Theme.SYSTEM, true, kiritimati.getId(), 0));

        MockHttpServletResponse r = download(ana, Map.of("include", List.of("QUESTIONS")));
        assertThat(r.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"notes-" + herDay + ".pdf\"");
        String text = pdfText(r.getContentAsByteArray());
        assertThat(text).contains(herDay.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)))
                .contains("Made with a self-help program").doesNotContain("Kintsugi");
    }

    @Test
    void signedOutThereIsNoForm() throws Exception {
        assertThat(mvc.perform(get("/help/prepare")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/help/prepare").with(csrf()).param("include", "TREND")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    // ---------------------------------------------------------------- helpers

    private MockHttpServletResponse download(TestPerson p, Map<String, List<String>> params) throws Exception {
        MockHttpServletRequestBuilder request = post("/help/prepare").with(csrf()).with(user(p.principal()));
        params.forEach((k, v) -> request.param(k, v.toArray(String[]::new)));
        return mvc.perform(request).andReturn().getResponse();
    }

    static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Keeps a copy under target/session-prep, to look at as a person would. */
    static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "session-prep");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }

    private static Set<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(dir::relativize).map(Path::toString).collect(Collectors.toSet());
        }
    }

    /** Check-ins for the weeks before this one, oldest first, with the clock set back. */
    private void earlierWeeks(TestPerson person, int[] trust, int[] distress) {
        clock.advance(Duration.ofDays(-7L * trust.length));
        try {
            for (int w = 0; w < trust.length; w++) {
                checkIns.save(person.id(), answers(trust[w], distress[w]), false);
                clock.advance(Duration.ofDays(7));
            }
        } finally {
            clock.reset();
        }
    }

    private static Map<String, String> answers(int trust, int distress) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : List.of("predictable", "dependable", "faith", "checking", "safe", "hard-talks", "close", "hope",
                "overwhelmed", "distress")) {
            out.put(id, String.valueOf(switch (id) {
                case "predictable", "dependable", "faith" -> trust;
                case "checking" -> 6 - trust;
                case "overwhelmed" -> 3;
                case "distress" -> distress;
                default -> 3;
            }));
        }
        return out;
    }
}
