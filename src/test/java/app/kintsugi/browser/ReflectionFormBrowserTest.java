package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;

/** A reflection sent without its one required field comes back with a message and nothing lost. */
class ReflectionFormBrowserTest extends BrowserTest {

    private static final String REQUIRED =
            "Please write at least a few words about what happened, so you can find this again later.";
    private static final String VIOLATIONS = "The late evenings \u201cat work\u201d.\nThe phone face down.";
    private static final String IMPACT = "I can\u2019t concentrate at work.";
    private static final String TITLE = "Not ready to say it yet";

    @Test
    void anEmptyReflectionShowsTheMessageNextToTheFieldAndKeepsEverythingElse() {
        var person = people.create("Noa");
        Page page = signedIn(person);
        open(page, "/reflections/new");

        page.getByLabel("Which actions or events broke your trust?").fill(VIOLATIONS);
        next(page);
        page.locator("#kind-SECRETS").check();
        next(page);
        page.locator("#felt-FEAR").check();
        page.locator("#intensity-FEAR-7").check();
        page.locator("#felt-SHAME").check();
        page.locator("#intensity-SHAME-0").check();
        next(page);
        page.getByLabel("How is this affecting you?").fill(IMPACT);
        page.getByLabel("A short title (optional)").fill(TITLE);
        save(page);
        // The form comes back open at the part that needs attention.
        assertThat(page.getByText("Part 1 of 4")).isVisible();
        assertRefusedKeepingTheRest(page);

        // Only spaces and line breaks are still nothing written.
        page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true)).fill("   \n\n  ");
        toTheEnd(page);
        save(page);
        assertRefusedKeepingTheRest(page);

        // Writing it saves everything that was kept.
        page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true)).fill("He said it was nothing.");
        toTheEnd(page);
        save(page);
        assertThat(page).hasURL(Pattern.compile("/reflections/[0-9a-f-]{36}\\?saved$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        assertThat(page.locator(".reflection-body .written").nth(1)).hasText(VIOLATIONS);
        assertThat(page.getByText("Secrets", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator(".feelings li").filter(new Locator.FilterOptions().setHasText("Fear")))
                .containsText("7 of 10");
        assertThat(page.locator(".feelings li").filter(new Locator.FilterOptions().setHasText("Shame")))
                .containsText("0 of 10");
        assertThat(page.locator(".reflection-body .written").nth(2)).hasText(IMPACT);
        assertAccessible(page);
    }

    /** Without JavaScript (axe needs it, so these pages are checked with it in the other tests). */
    @Test
    void withoutJavaScriptTheFormIsOnePageAndADraftIsSavedByItsButton() {
        var person = people.create("Noa");
        Page page = newPage(newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)));
        signInCheckedElsewhere(page, person.email());
        page.navigate("/reflections/new");
        checkedElsewhere(page);
        // Every part on one page; the strength scale shows only under a chosen feeling.
        assertThat(page.locator("#kind-SECRETS")).isVisible();
        assertThat(page.locator("#strength-HURT")).isHidden();
        page.locator("#felt-HURT").check();
        assertThat(page.locator("#strength-HURT")).isVisible();
        page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true)).fill("Half of it, for now.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page).hasURL(Pattern.compile("/reflections/new\\?draftSaved$"));
        checkedElsewhere(page);
        assertThat(page.getByText("Your draft is kept")).isVisible();
        assertThat(page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true))).hasValue("Half of it, for now.");
        assertThat(page.locator("#felt-HURT")).isChecked();

        // Chosen without a strength: asked for next to the feeling, everything else kept.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save privately")).click();
        checkedElsewhere(page);
        assertThat(page.locator("#intensity-HURT-error")).containsText("how strong this feeling is");
        assertThat(page.locator("#strength-HURT")).isVisible();
        page.locator("#intensity-HURT-8").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        checkedElsewhere(page);

        page.navigate("/reflections");
        checkedElsewhere(page);
        page.navigate("/reflections/new");
        checkedElsewhere(page);
        assertThat(page.getByText("kept as a private draft")).isVisible();
        assertThat(page.locator("#intensity-HURT-8")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start again with an empty page")).click();
        checkedElsewhere(page);
        assertThat(page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true))).hasValue("");
        assertThat(page.locator("#felt-HURT")).not().isChecked();
    }

    /** Pattern.quote()'s \Q...\E quoting does not survive the trip to the browser's regular expressions. */
    private static String jsQuote(String text) {
        return text.replaceAll("[.?*+^$()\\[\\]{}|\\\\/]", "\\\\$0");
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save privately")).click();
    }

    private void assertRefusedKeepingTheRest(Page page) {
        // The form comes back at the address it was posted to, with a summary and the message.
        assertThat(page.getByText("Part 1 of 4")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/reflections$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Something needs your attention");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("everything you wrote is still here");

        Locator whatHappened = page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true));
        assertThat(whatHappened).hasAttribute("aria-invalid", "true");
        // Next to the field: in the field's own group, right after it, and announced with it.
        Locator message = page.locator(".field:has(> #whatHappened) > #whatHappened-error");
        assertThat(message).hasText(REQUIRED);
        assertThat(page.locator("#whatHappened + #whatHappened-error")).hasCount(1);
        assertThat(whatHappened).hasAccessibleDescription(Pattern.compile("^" + jsQuote(REQUIRED)));

        // The other fields are as they were typed and chosen, and not marked.
        assertThat(page.locator(".field-error")).hasCount(1);
        assertThat(page.getByLabel("Which actions or events broke your trust?")).hasValue(VIOLATIONS);
        assertThat(page.getByLabel("Which actions or events broke your trust?")).hasAttribute("aria-invalid", "false");
        assertThat(page.getByLabel("How is this affecting you?")).hasValue(IMPACT);
        assertThat(page.getByLabel("A short title (optional)")).hasValue(TITLE);
        assertThat(page.locator("#kind-SECRETS")).isChecked();
        assertThat(page.locator("#felt-FEAR")).isChecked();
        assertThat(page.locator("#intensity-FEAR-7")).isChecked();
        assertThat(page.locator("#intensity-SHAME-0")).isChecked();
        assertThat(page.locator("#felt-HURT")).not().isChecked();
        assertAccessible(page);
    }

    /** On a phone, with JavaScript: one part at a time, the draft kept on the way and gone once saved. */
    @Test
    void onAPhoneTheFormGoesOnePartAtATimeAndKeepsADraft() throws Exception {
        var person = people.create("Noa");
        List<String> problems = new ArrayList<>();
        List<String> console = new ArrayList<>();
        for (Variant v : VARIANTS.stream().filter(v -> v.device().equals("phone")).toList()) {
            BrowserContext context = newContext(v.options());
            Page page = watched(newPage(context), "Noa", console);
            signInCollecting(page, person.email(), v, problems);
            page.navigate("/reflections/new");
            Locator whatHappened = page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true));
            if (v.colorScheme() == ColorScheme.LIGHT) {
                assertThat(page.getByText("Part 1 of 4")).isVisible();
                assertThat(page.locator("#kind-SECRETS")).isHidden();
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save privately"))).isHidden();
                look(page, "reflection-form-part-1", v, problems);
                whatHappened.fill("The messages on the tablet.");
                next(page);
                assertThat(page.getByText("Part 2 of 4")).isVisible();
                page.locator("#kind-SECRETS").check();
                next(page);
                page.locator("#felt-FEAR").check();
                assertThat(page.locator("#strength-FEAR")).isVisible();
                assertThat(page.locator("#strength-HURT")).isHidden();
                page.locator("#intensity-FEAR-7").check();
                // The status already says "kept" from the last part; wait for the draft that holds these choices.
                page.waitForResponse(r -> r.url().endsWith("/reflections/draft") && keepsBoth(r.request().postData()),
                        () -> page.locator("#felt-SHAME").check());
                assertThat(page.locator(".draft-status")).hasText("Draft kept. Only you can see it.");
                look(page, "reflection-form-feelings", v, problems);
            } else {
                // Coming back in another window: the draft is there, at the part it starts from.
                assertThat(page.getByText("kept as a private draft")).isVisible();
                assertThat(whatHappened).hasValue("The messages on the tablet.");
                look(page, "reflection-form-part-1", v, problems);
                next(page);
                assertThat(page.locator("#kind-SECRETS")).isChecked();
                next(page);
                assertThat(page.locator("#intensity-FEAR-7")).isChecked();
                assertThat(page.locator("#felt-SHAME")).isChecked();
                look(page, "reflection-form-feelings", v, problems);
                page.locator("#intensity-SHAME-3").check();
                next(page);
                page.getByLabel("How is this affecting you?").fill(IMPACT);
                save(page);
                assertThat(page).hasURL(Pattern.compile("/reflections/[0-9a-f-]{36}\\?saved$"));
                assertThat(page.locator(".feelings li").filter(new Locator.FilterOptions().setHasText("Fear")))
                        .containsText("7 of 10");
                check(page, "reflection", v, problems);
                page.navigate("/reflections/new");
                assertThat(whatHappened).hasValue("");
                assertThat(page.getByText("kept as a private draft")).hasCount(0);
                check(page, "reflection-form-empty", v, problems);
            }
        }
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
        org.assertj.core.api.Assertions.assertThat(console).isEmpty();
    }

    private static void toTheEnd(Page page) {
        for (int i = 0; i < 3; i++) {
            next(page);
        }
    }

    private static void next(Page page) {
        page.locator(".form-step:not([hidden])").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next")).click();
    }

    private static boolean keepsBoth(String draft) {
        return draft != null && draft.contains("intensity%5BFEAR%5D=7") && draft.contains("felt=SHAME");
    }
}
