package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * The measures page and one answered questionnaire, on a phone in light and dark: Ana opens the list,
 * answers the PHQ-9 leaving one question open (named next to it, her choices kept), finishes it with
 * the last question above "Not at all", and her result page leads with the crisis card. axe finds
 * nothing on any of them; the pictures are kept to be looked at.
 */
class MeasuresBrowserTest extends BrowserTest {

    private static final String[] PHQ9 = {"interest", "down", "sleep", "tired", "appetite", "failure", "concentrating", "moving",
        "self-harm"};

    @Test
    void theMeasuresPageAndAnAnsweredQuestionnaireAreAccessibleInLightAndDarkOnAPhone() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        List<String> problems = new ArrayList<>();
        for (Variant v : PHONES) {
            Page a = newPage(newContext(v.options()));
            signInCollecting(a, ana.email(), v, problems);
            a.navigate("/measures");
            assertThat(a.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Questionnaires");
            look(a, "measures", v, problems);

            a.navigate("/measures/phq-9");
            for (int i = 0; i < PHQ9.length - 1; i++) {
                a.locator("#item-" + PHQ9[i] + "-" + (i % 4)).check();
            }
            a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();
            assertThat(a.locator("#item-self-harm .field-error")).hasText("Please choose an answer for this question.");
            assertThat(a.locator("#item-sleep-2")).isChecked();
            look(a, "measure-open", v, problems);

            a.locator("#item-self-harm-1").check();
            a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();
            assertThat(a.locator(".measure-crisis h2")).hasText("You don’t have to carry this alone");
            look(a, "measure-result", v, problems);
        }
        Path shots = Path.of("/tmp/shots/measures");
        Files.createDirectories(shots);
        try (var files = Files.list(SCREENSHOTS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("measure")).toList()) {
                Files.copy(f, shots.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }
}
