package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.TestCheckIns;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;

/**
 * Seeking help in two browsers. Ana, after heavy weeks and a concerning safety check, taps "This
 * feels overwhelming" on her overview: the page steadies first, then lists the crisis lines of the
 * United Kingdom (her browser's country). From there she reaches the help page, sees her own signals
 * with a next step each, and keeps Spain as her region, in a browser without JavaScript too. Ben,
 * her partner, sees none of it. Each kind of page is checked with axe; the pages are also saved as
 * pictures in both colour schemes on a phone.
 */
class HelpBrowserTest extends BrowserTest {

    @Autowired
    TestCheckIns checkInsFor;

    @Autowired
    SafetyChecks safety;

    @Test
    void fromTheOverviewToCalmStepsAndHerOwnSignalsWhileThePartnerSeesNothing() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        checkInsFor.threeHeavyWeeks(ana);
        concerningSafetyCheck(ana);
        List<String> console = new ArrayList<>();
        Page a = watched(newPerson(), "Ana", console);

        a.navigate("/sign-in");
        checkedElsewhere(a);
        submitSignIn(a, ana.email(), HOME);
        assertAccessible(a);

        // The quiet link on the overview leads to the calm page: steps first, then help for the UK.
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("This feels overwhelming")).click();
        assertThat(a).hasURL(Pattern.compile("/help/overwhelmed$"));
        assertThat(h1(a)).hasText("When it feels like too much");
        assertThat(a.locator("ol.grounding > li")).hasCount(5);
        Locator urgent = a.locator(".card.urgent");
        assertThat(urgent.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Call 999"))).hasAttribute("href", "tel:999");
        assertThat(urgent.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Call 116 123"))).isVisible();
        assertThat(a.locator(".help-region-note")).containsText("Region: United Kingdom.");
        assertAccessible(a);

        // The help page: her own signals, safety first, each with a next step; help just for her first.
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("More about seeking help")).click();
        assertThat(a).hasURL(Pattern.compile("/help$"));
        Locator advice = a.locator(".help-advice > li");
        assertThat(advice).hasCount(3);
        assertThat(advice.nth(0)).containsText("Your latest safety check raised a concern.");
        assertThat(advice.nth(0).getByRole(AriaRole.LINK)).hasAttribute("href", "/safety/resources");
        assertThat(advice.nth(1).getByRole(AriaRole.LINK)).hasAttribute("href", "/help/overwhelmed");
        assertThat(advice.nth(2).getByRole(AriaRole.LINK)).hasAttribute("href", "/help#resources");
        assertThat(a.locator(".help-safety-first")).isVisible();
        assertThat(a.getByLabel("Your region")).hasValue("GB");
        assertAccessible(a);

        // She keeps Spain: the list changes, and the choice is named as hers.
        a.getByLabel("Your region").selectOption("ES");
        button(a, "Keep this region").click();
        assertThat(a).hasURL(Pattern.compile("/help\\?regionSaved#resources$"));
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Saved. You’ll see resources for Spain.");
        assertThat(a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 112"))).hasAttribute("href", "tel:112");
        assertThat(a.locator("#region-hint")).hasText("The region you chose. You can change it at any time.");
        assertAccessible(a);

        // A wrong value sent by hand gets its message beside the field.
        a.locator("#region").evaluate("s => { const o = document.createElement('option'); o.value = 'XX'; o.textContent = 'XX'; s.append(o); s.value = 'XX'; }");
        button(a, "Keep this region").click();
        assertThat(a.locator("#region-error")).hasText("Please choose one of the regions in the list.");
        assertThat(a.locator("#region")).hasAttribute("aria-invalid", "true");
        assertAccessible(a);

        // Ben, her partner, has no signals and sees none of hers.
        Page b = watched(newPerson(), "Ben", console);
        signInCheckedElsewhere(b, ben.email());
        b.navigate("/help");
        assertThat(b.locator(".help-advice")).hasCount(0);
        assertThat(b.locator(".help-signals-none")).containsText("don’t show anything that calls for outside help");
        assertThat(b.locator("main")).not().containsText("safety check raised a concern");
        assertThat(b.getByLabel("Your region")).hasValue("GB");
        assertAccessible(b);

        Assertions.assertThat(console).as("errors in the browser console").isEmpty();
    }

    @Test
    void theRegionCanBeChosenWithoutJavaScriptAndIsKept() {
        TestPerson ana = people.create("Ana");
        Page a = newPage(newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("en-IE")));
        signInCheckedElsewhere(a, ana.email());
        a.navigate("/help");
        assertThat(a.locator("#region")).hasValue("INTL");
        checkedElsewhere(a);
        a.locator("#region").selectOption("US");
        button(a, "Keep this region").click();
        assertThat(a).hasURL(Pattern.compile("/help\\?regionSaved#resources$"));
        assertThat(a.locator("#region")).hasValue("US");
        checkedElsewhere(a);

        // Another browser, another language: her choice follows her.
        Page again = newPerson();
        signInCheckedElsewhere(again, ana.email());
        again.navigate("/help/overwhelmed");
        assertThat(again.locator(".help-region-note")).containsText("Region: United States.");
        assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 988"))).hasAttribute("href", "tel:988");
        checkedElsewhere(again);
    }

    // ---------------------------------------------------------------- screenshots

    @Test
    @Tag("screenshots")
    void theHelpPagesInEveryVariant() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        checkInsFor.threeHeavyWeeks(ana);

        List<String> problems = new ArrayList<>();
        Page signIn = newPage(newContext(VARIANTS.get(0).options()));
        signInCheckedElsewhere(signIn, ana.email());
        String session = signIn.context().storageState();

        for (Variant v : PHONES) {
            Page a = newPage(newContext(v.options().setStorageState(session)));
            a.navigate("/");
            assertThat(a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("This feels overwhelming"))).isVisible();
            look(a, "help-overview-link", v, problems);
            a.navigate("/help");
            assertThat(a.locator(".help-advice > li")).hasCount(2);
            look(a, "help", v, problems);
            a.navigate("/help/overwhelmed");
            look(a, "help-overwhelmed", v, problems);

            Page visitor = newPage(newContext(v.options()));
            visitor.navigate("/safety/resources?region=ES");
            assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 016"))).isVisible();
            look(visitor, "help-safety-resources", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---------------------------------------------------------------- data and helpers

    private void concerningSafetyCheck(TestPerson person) {
        safety.record(person.id(), Map.of(SafetyQuestion.AFRAID, SafetyAnswer.OFTEN, SafetyQuestion.HURT, SafetyAnswer.NEVER,
                SafetyQuestion.THREATENED, SafetyAnswer.NEVER, SafetyQuestion.INSULTED, SafetyAnswer.NEVER,
                SafetyQuestion.CONTROLLED, SafetyAnswer.NEVER));
    }
}
