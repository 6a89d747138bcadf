package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

/**
 * In discreet mode nothing a person or someone looking over their shoulder sees names the
 * application: not a page, its title or its source, not a download's name or contents, not a
 * cookie left on the device, before and after signing in, in both languages.
 */
class DiscreetModeTest extends IntegrationTest {

    private static final List<String> STEPS = List.of("understanding", "responsibility", "communication", "trust",
            "transparency", "help", "movingon", "boundaries", "respect");

    @Autowired
    Couples couples;

    @Test
    void discreetModeNeverNamesTheApplicationSignedOutOrIn() {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.start(ana.id(), Role.HURT_PARTNER).code(), Role.BROKE_TRUST);

        HttpAgent browser = new HttpAgent(port);
        browser.signIn(ana.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/settings").body()).as("not discreet yet").containsIgnoringCase("kintsugi");
        browser.post("/settings", Map.of("displayName", "Ana", "language", "", "theme", "SYSTEM", "discreetMode", "true",
                "timeZone", "Europe/Madrid", "version", "0"));
        browser.get("/");
        LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Madrid"))).plusDays(1);
        HttpAgent.Page planned = browser.post("/conversations", Map.of("topic", "What happened in March", "place", "Kitchen table",
                "date", tomorrow.toLocalDate().toString(), "time", "18:30", "minutes", "30"));
        assertThat(planned.status()).isEqualTo(302);
        String conversation = planned.location().replaceAll("[?#].*$", "").replaceAll("^https?://[^/]+", "");

        for (String language : List.of("en", "es")) {
            // Signed in.
            neutral(browser.get("/?lang=" + language), "/ in " + language);
            for (String path : List.of("/settings", "/space", "/reflections", "/safety", "/respect/ratio", "/expectations",
                    "/help", "/help/prepare", "/boundaries", "/commitments", "/questions", conversation, "/inbox", "/together",
                    "/welcome", "/welcome?step=2", "/welcome?step=3", "/exercises/understanding.basics", "/settings/notices", "/settings/data",
                    "/measures", "/measures/phq-9", "/check-in/trajectory", "/moments/dates", "/help/counselor")) {
                neutral(browser.get(path), path + " in " + language);
            }
            for (String step : STEPS) {
                neutral(browser.get("/steps/" + step), "step " + step + " in " + language);
            }
            HttpAgent.Page ics = browser.get(conversation + "/calendar.ics");
            neutral(ics, "calendar file");
            assertThat(ics.body()).contains("BEGIN:VALARM").doesNotContain("March");

            // Signed out, on the same device.
            browser.get("/");
            neutral(browser.post("/sign-out", Map.of()), "signing out");
            for (String path : List.of("/sign-in", "/sign-in?signedOut", "/register", "/counselor/register", "/safety/resources",
                    "/manifest.webmanifest", "/no-such-page", "/join/ABCD-EFGH-JKMN")) {
                neutral(browser.get(path), path + " signed out in " + language);
            }
            assertThat(browser.get("/sign-in").body()).contains(language.equals("en") ? "<title>Notes</title>" : "<title>Notas</title>")
                    .contains("/img/notes.svg").contains("/img/notes-192.png");
            assertThat(browser.get("/manifest.webmanifest").body()).contains(language.equals("en") ? "\"Notes\"" : "\"Notas\"")
                    .contains("/img/notes-512.png");

            // Signing in again.
            browser.get("/sign-in");
            neutral(browser.post("/sign-in", Map.of("email", ana.email(), "password", TestAccounts.PASSWORD)), "signing in");
        }
    }

    @Test
    void theSessionPrepPdfNamesNoApplicationInItsNameTitleOrText() throws Exception {
        TestPerson ana = people.create("Ana");
        mvc.perform(post("/settings").with(csrf()).with(user(ana.principal())).param("displayName", "Ana").param("language", "en")
                .param("theme", "SYSTEM").param("discreetMode", "true").param("timeZone", "Europe/Madrid").param("version", "0"));
        MockHttpServletResponse pdf = mvc.perform(post("/help/prepare").with(csrf()).with(user(ana.principal()))
                .param("include", "QUESTIONS")).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment; filename=\"notes-").doesNotContainIgnoringCase("kintsugi");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Notes");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Notes");
            assertThat(new PDFTextStripper().getText(document)).doesNotContainIgnoringCase("kintsugi");
        }
    }

    @Test
    void cookiesNamedAfterTheApplicationMoveToNeutralNamesAndAreGoneAfterSigningOut() throws Exception {
        TestPerson ana = people.create("Ana");
        MockHttpServletResponse r = mvc.perform(get("/sign-in").cookie(new Cookie("kintsugi-theme", "dark"),
                new Cookie("kintsugi-discreet", "1"), new Cookie("kintsugi-lang", "es"), new Cookie("kintsugi-device", "abc")))
                .andReturn().getResponse();
        // Read once, under the old names, so the page already looks as chosen.
        assertThat(r.getContentAsString()).contains("data-theme=\"dark\"").contains("<title>Notas</title>").contains("lang=\"es\"");
        List<String> cookies = r.getHeaders("Set-Cookie");
        assertThat(cookies).anyMatch(c -> c.startsWith("pref-theme=dark;")).anyMatch(c -> c.startsWith("pref-discreet=1;"))
                .anyMatch(c -> c.startsWith("pref-lang=es;")).anyMatch(c -> c.startsWith("device=abc;"));
        for (String old : List.of("kintsugi-theme", "kintsugi-discreet", "kintsugi-lang", "kintsugi-device")) {
            assertThat(cookies).as(old + " is cleared").anyMatch(c -> c.startsWith(old + "=;") && c.contains("Max-Age=0"));
        }

        MockHttpServletResponse signOut = mvc.perform(post("/sign-out").with(csrf()).with(user(ana.principal()))
                .cookie(new Cookie("kintsugi-theme", "dark"), new Cookie("pref-theme", "dark"))).andReturn().getResponse();
        assertThat(signOut.getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith("kintsugi-theme=;") && c.contains("Max-Age=0"))
                .noneMatch(c -> c.startsWith("pref-theme=light"));
    }

    /** Nothing in this response names the application: body, title, headers or cookie names. */
    private static void neutral(HttpAgent.Page page, String what) {
        assertThat(page.status()).as(what + " answers").isLessThan(500);
        if (!what.startsWith("/no-such-page")) {
            assertThat(page.status()).as(what + " answers").isNotEqualTo(404);
        }
        assertThat(page.body().toLowerCase(Locale.ROOT)).as(what).doesNotContain("kintsugi");
        page.response().headers().map().forEach((name, values) -> {
            assertThat(name.toLowerCase(Locale.ROOT)).as(what + ": header " + name).doesNotContain("kintsugi");
            for (String value : values) {
                assertThat(value.toLowerCase(Locale.ROOT)).as(what + ": " + name).doesNotContain("kintsugi");
            }
        });
    }
}
