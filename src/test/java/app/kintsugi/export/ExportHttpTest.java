package app.kintsugi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    @Autowired TestAccounts people;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired CoupleInEveryModule everyModule;
    @Autowired List<app.kintsugi.privacy.ExportSource> sources;

    private TestPerson ana;
    private TestPerson ben;
    private String a;
    private String b;
    private final List<String> anasWords = new ArrayList<>();
    private final List<String> bensWords = new ArrayList<>();

    @BeforeEach
    void aCoupleWhoWroteInEveryModule() {
        var written = everyModule.write(clock);
        ana = written.ana();
        ben = written.ben();
        a = written.a();
        b = written.b();
        anasWords.addAll(written.anasWords());
        counselor = new TestPerson(written.counselor(), written.counselorEmail(), "Counselor",
                TestAccounts.principal(written.counselor(), app.kintsugi.account.AccountRole.COUNSELOR));
        counselorPassword = written.counselorPassword();
    }

    private TestPerson counselor;
    private String counselorPassword;

    /** A counselor has their own data too: their practice and the notes they kept, never what the couple wrote. */
    @Test
    void everySectionOfTheReadableExportHasAHeadingInEveryLanguage() throws java.io.IOException {
        for (String bundle : List.of("messages.properties", "messages_es.properties")) {
            java.util.Properties texts = new java.util.Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (var source : sources) {
                String key = "export.section." + source.section();
                assertThat(texts.getProperty(key)).as(key + " in " + bundle).isNotBlank();
            }
        }
    }


    @Test
    void aCounselorDownloadsTheirPracticeAndNotesAndNothingTheCoupleWrote() throws Exception {
        assertThat(text(page(counselor, "/settings"))).contains("href=\"/settings/data\"");
        String page = text(page(counselor, "/settings/data"));
        assertThat(page).contains("Download a copy").doesNotContain("Keep writing for a while only");
        MockHttpServletResponse response = postAs(counselor, "/settings/data", Map.of("format", "json", "password", counselorPassword));
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("COUNSELOR-NOTE-" + a).contains("A practice").doesNotContain(a + "-").doesNotContain(b + "-");
        // Their suggestions between sessions with their note are theirs; the partners' answers are not.
        assertThat(body).contains("COUNSELOR-SUGGESTION-" + a).contains("counselor-suggestion").doesNotContain("suggestion-from-counselor");
        assertThat(schema().validate(body, com.networknt.schema.InputFormat.JSON)).isEmpty();
        assertThat(postAs(counselor, "/settings/data/retention", Map.of("months", "3", "kinds", "reflections")).getStatus())
                .as("retention is for people's own entries").isEqualTo(404);
    }

    private String w(String who, String what) {
        return who + "-" + what;
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
        assertThat(body).as("her answer to a suggestion is hers, the counselor's note is not").contains("suggestion-from-counselor")
                .contains("\"accepted\"").doesNotContain("COUNSELOR-SUGGESTION-");
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
                w(a, "appreciation"), w(a, "notepad"), w(a, "decision-staying"))) {
            assertThat(text.replaceAll("\\s+", "")).contains(word);
        }
        assertThat(text).doesNotContain(b).contains("Kintsugi").contains("Together or apart");
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
