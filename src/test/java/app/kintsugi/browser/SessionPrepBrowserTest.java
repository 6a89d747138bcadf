package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.responsibility.OwnRoleDraft;
import app.kintsugi.responsibility.OwnRoleReflections;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Outcome;

/**
 * Preparing for a counseling session in the browser. Ana first sends the form with nothing ticked:
 * the message appears next to the choices and what she typed stays. Then, with the keyboard only,
 * she ticks her check-ins and one reflection and downloads the PDF, which holds what she chose and
 * nothing else. The form is also saved as pictures in light and dark on a phone.
 */
class SessionPrepBrowserTest extends BrowserTest {

    private static final String NOTHING = "Please choose at least one thing to include, or write what you want to talk about.";

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

    @Test
    void nothingTickedIsExplainedNextToTheChoicesThenTheKeyboardAloneMakesThePdf() throws Exception {
        TestPerson ana = couple();
        Page a = signedIn(ana);

        open(a, "/help/prepare");
        assertThat(h1(a)).hasText("Prepare for a counseling session");
        assertThat(a.getByRole(AriaRole.CHECKBOX)).hasCount(6);
        for (Locator box : a.getByRole(AriaRole.CHECKBOX).all()) {
            assertThat(box).not().isChecked();
        }

        // Nothing ticked: the message sits with the choices and the words she typed stay.
        a.getByLabel("What I want to talk about (optional)").fill("  ");
        button(a, "Download the PDF").click();
        assertThat(a.getByRole(AriaRole.ALERT)).containsText("Something needs your attention");
        assertThat(a.locator("fieldset #include-error")).hasText(NOTHING);
        assertThat(a.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("What to include")))
                .hasAccessibleDescription(Pattern.compile("^" + NOTHING.replace(".", "\\.")));
        assertAccessible(a);

        // Keyboard only: tab to the first choice, tick it, tab on to a reflection, tick it, then Enter.
        a.getByLabel("What I want to talk about (optional)").fill("How to stop checking his phone.");
        a.locator("main").focus();
        Locator trend = a.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("How things have moved"));
        tabTo(a, trend);
        a.keyboard().press("Space");
        assertThat(trend).isChecked();
        Locator reflection = a.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("The night of the messages"));
        tabTo(a, reflection);
        a.keyboard().press("Space");
        assertThat(reflection).isChecked();
        tabTo(a, button(a, "Download the PDF"));
        Download download = a.waitForDownload(() -> a.keyboard().press("Enter"));

        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("kintsugi-session-prep-" + today + ".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            Assertions.assertThat(text).contains("Notes for my counseling session").contains("How to stop checking his phone.")
                    .contains("Trust in my partner").contains("CHOSEN-REFLECTION")
                    .doesNotContain("OTHER-REFLECTION").doesNotContain("OWN-ROLE").doesNotContain("ANA-COMMITMENT")
                    .doesNotContain("Who else knew?");
        }
        // The form is still there, as it was.
        assertThat(trend).isChecked();
        assertThat(a).hasURL(Pattern.compile("/help/prepare$"));
        checkedElsewhere(a);
    }

    @Test
    @Tag("screenshots")
    void theFormInEveryVariant() throws Exception {
        TestPerson ana = couple();
        List<String> problems = new ArrayList<>();
        Page signIn = newPage(newContext(VARIANTS.get(0).options()));
        signInCheckedElsewhere(signIn, ana.email());
        String session = signIn.context().storageState();
        for (Variant v : PHONES) {
            Page a = newPage(newContext(v.options().setStorageState(session)));
            a.navigate("/help/prepare");
            look(a, "prep-form", v, problems);
            button(a, "Download the PDF").click();
            assertThat(a.locator("#include-error")).hasText(NOTHING);
            look(a, "prep-form-nothing", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---------------------------------------------------------------- data

    /** Ana and Ben, with Ana's reflections, a commitment, questions both ways and a few weeks of check-ins. */
    private TestPerson couple() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        reflections.create(ana.id(), new ReflectionDraft("The night of the messages",
                "CHOSEN-REFLECTION I found the messages on his phone, and the floor went from under me.", null, BetrayalKind.INFIDELITY,
                Map.of(Emotion.HURT, 9), null));
        reflections.create(ana.id(), new ReflectionDraft(null,
                "OTHER-REFLECTION The holiday we had planned for years, and how it felt afterwards when nobody spoke.", null, null,
                Map.of(), null));
        ownRoles.create(ana.id(), new OwnRoleDraft("OWN-ROLE I stopped asking how his days were, long before any of this.", null, null));
        questions.ask(ana.id(), "Who else knew?");
        UUID forAna = questions.ask(ben.id(), "Can we talk about why you stopped talking to me?");
        questions.respond(ana.id(), forAna, 0, "COUNSELOR", null, "");
        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        UUID c = commitments.create(ana.id(), new CommitmentDraft("ANA-COMMITMENT A walk together on Sundays", "DAILY", List.of(),
                today.minusDays(3).toString(), "", "PRIVATE"));
        commitments.report(ana.id(), c, today.minusDays(3).toString(), Outcome.KEPT, null);
        clock.advance(Duration.ofDays(-14));
        try {
            for (int w = 0; w < 2; w++) {
                checkIns.save(ana.id(), answers(2 + w), false);
                clock.advance(Duration.ofDays(7));
            }
        } finally {
            clock.reset();
        }
        return ana;
    }

    private static Map<String, String> answers(int trust) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : List.of("predictable", "dependable", "faith", "checking", "safe", "hard-talks", "close", "hope",
                "overwhelmed", "distress")) {
            out.put(id, String.valueOf(switch (id) {
                case "predictable", "dependable", "faith" -> trust;
                case "checking" -> 6 - trust;
                case "distress" -> 5;
                default -> 3;
            }));
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    /** Presses Tab until {@code target} has the focus; fails if it never does. */
    private static void tabTo(Page page, Locator target) {
        for (int i = 0; i < 60; i++) {
            if ((Boolean) target.evaluate("e => e === document.activeElement")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + target);
    }
}
