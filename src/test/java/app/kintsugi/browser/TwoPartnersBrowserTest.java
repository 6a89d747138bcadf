package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts;

/**
 * Two partners, two browsers: they link their accounts with an invitation code, one writes
 * reflections, shares one and takes it back, and the other sees exactly what is shared, when it is.
 */
class TwoPartnersBrowserTest extends BrowserTest {

    private static final Pattern SAVED_REFLECTION = Pattern.compile("/reflections/([0-9a-f-]{36})\\?saved$");
    private static final String PAYLOAD = "<b>bold</b><script>window.pwned=1</script>";

    private static final String PRIVATE_TITLE = "The messages in March";
    private static final String PRIVATE_TEXT = "I found the messages on the tablet we share, on a Sunday morning in March.";
    private static final String SHARED_TITLE = PAYLOAD + " What I need you to know";
    private static final String SHARED_TEXT = "When you told me " + PAYLOAD + " I stopped believing the rest.";

    @Test
    void partnersLinkTheirAccountsAndSeeOnlyWhatIsShared() {
        Page ana = newPerson();
        Page ben = newPerson();
        String anaEmail = TestAccounts.uniqueEmail();

        // Ana registers and starts a space.
        register(ana, "Ana", anaEmail);
        open(ana, "/space");
        ana.getByLabel("I was hurt by what happened", new Page.GetByLabelOptions().setExact(true)).check();
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the space and get an invitation")).click();
        Locator code = ana.locator("#invitation-code");
        assertThat(code).hasText(Pattern.compile("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        assertAccessible(ana);
        String invitation = code.textContent().strip();

        // Ben registers in his own browser and joins with the code.
        register(ben, "Ben", TestAccounts.uniqueEmail());
        open(ben, "/join");
        ben.getByLabel("Invitation code", new Page.GetByLabelOptions().setExact(true)).fill(invitation);
        ben.getByLabel("I broke my partner\u2019s trust", new Page.GetByLabelOptions().setExact(true)).check();
        ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the space")).click();
        assertThat(ben).hasURL(Pattern.compile("/welcome\\?joined=1$"));
        assertThat(ben.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome. You have joined Ana\u2019s space.");
        assertAccessible(ben);
        open(ben, "/space");
        assertThat(ben.getByText("You share this space with Ana.")).isVisible();
        assertThat(ben.getByText("In this program, Ana is the partner who was hurt by what happened.")).isVisible();
        assertAccessible(ben);

        open(ana, "/space");
        assertThat(ana.getByText("You share this space with Ben.")).isVisible();
        assertThat(ana.getByText("In this program, Ben is the partner who broke trust.")).isVisible();
        assertThat(ana.locator("#invitation-code")).hasCount(0);

        // Ana writes one reflection she keeps private and one she shares.
        String privateId = writeReflection(ana, PRIVATE_TITLE, PRIVATE_TEXT, "INFIDELITY", "HURT", "8");
        assertThat(ana.locator("main .badge")).hasText("Only you");
        assertThat(ana.locator(".feelings li").filter(new Locator.FilterOptions().setHasText("Hurt")))
                .containsText("8 of 10");
        assertThat(ana.getByText("Infidelity", new Page.GetByTextOptions().setExact(true))).isVisible();

        String sharedId = writeReflection(ana, SHARED_TITLE, SHARED_TEXT, "LYING", "SADNESS", "5");
        assertShownAsText(ana);
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share with my partner")).click();
        assertThat(ana).hasURL(Pattern.compile("/reflections/" + sharedId + "\\?shared$"));
        assertThat(ana.getByRole(AriaRole.STATUS)).hasText("Your partner can now read this reflection.");
        assertThat(ana.locator("main .badge")).hasText("Shared with your partner");
        assertAccessible(ana);

        open(ana, "/reflections");
        Locator anasList = ana.locator("#mine-heading + ul");
        assertThat(anasList.getByRole(AriaRole.LINK)).hasCount(2);
        assertThat(anasList.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(PRIVATE_TITLE))).isVisible();
        assertThat(anasList.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SHARED_TITLE))).isVisible();
        assertShownAsText(ana);

        // Ben sees only the shared one, and can read it.
        open(ben, "/reflections");
        assertThat(ben.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ana has shared with you"))).isVisible();
        assertThat(ben.locator("#mine-heading + p")).hasText("You haven\u2019t written a reflection yet. When you\u2019re ready, the prompts will guide you.");
        Locator benShared = ben.locator("#shared-heading + ul");
        assertThat(benShared.getByRole(AriaRole.LINK)).hasCount(1);
        assertThat(ben.locator("main")).not().containsText(PRIVATE_TITLE);
        assertShownAsText(ben);
        benShared.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SHARED_TITLE)).click();
        assertThat(ben).hasURL(Pattern.compile("/reflections/" + sharedId + "$"));
        assertThat(ben.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(SHARED_TITLE);
        assertThat(ben.locator(".reflection-body .written").first()).hasText(SHARED_TEXT);
        assertThat(ben.getByText("Shared with you by your partner")).isVisible();
        assertThat(ben.locator(".feelings li").filter(new Locator.FilterOptions().setHasText("Sadness")))
                .containsText("5 of 10");
        // Reading is all a partner can do: no sharing controls, no edit, no delete.
        assertThat(ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make it private again"))).hasCount(0);
        assertThat(ben.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true))).hasCount(0);
        assertThat(ben.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete").setExact(true))).hasCount(0);
        assertShownAsText(ben);
        assertAccessible(ben);

        // Ana's private reflection does not exist for Ben, by its address or through its edit page.
        assertNotFound(ben, "/reflections/" + privateId);
        assertNotFound(ben, "/reflections/" + privateId + "/edit");
        assertNotFound(ben, "/reflections/" + sharedId + "/edit");

        // Ana takes the shared one back; from Ben's next request on it is gone.
        open(ana, "/reflections/" + sharedId);
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make it private again")).click();
        assertThat(ana).hasURL(Pattern.compile("/reflections/" + sharedId + "\\?private$"));
        assertThat(ana.getByRole(AriaRole.STATUS))
                .hasText("This reflection is private again. Your partner can no longer see it.");
        assertThat(ana.locator("main .badge")).hasText("Only you");
        assertAccessible(ana);

        assertNotFound(ben, "/reflections/" + sharedId);
        open(ben, "/reflections");
        assertThat(ben.locator("#shared-heading + p")).hasText("Nothing has been shared with you yet.");
        assertThat(ben.locator("main")).not().containsText("What I need you to know");

        // Ana signs out and back in: everything she wrote is still hers.
        open(ana, "/");
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(ana).hasURL(Pattern.compile("/sign-in\\?signedOut$"));
        assertThat(ana.getByRole(AriaRole.STATUS)).containsText("You\u2019ve signed out.");
        assertAccessible(ana);
        Response afterSignOut = ana.navigate("/reflections");
        assertThat(ana).hasURL(Pattern.compile("/sign-in$"));
        Assertions.assertThat(afterSignOut.ok()).isTrue();
        assertAccessible(ana);

        // Spring Security returns her to the page she asked for, marked "?continue".
        signIn(ana, anaEmail, Pattern.compile("/reflections(\\?continue)?$"));
        anasList = ana.locator("#mine-heading + ul");
        assertThat(anasList.getByRole(AriaRole.LINK)).hasCount(2);
        assertThat(anasList.locator("li").filter(new Locator.FilterOptions().setHasText("What I need you to know"))
                .locator(".badge")).hasText("Only you");
        anasList.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(PRIVATE_TITLE)).click();
        assertThat(ana).hasURL(Pattern.compile("/reflections/" + privateId + "$"));
        assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(PRIVATE_TITLE);
        assertThat(ana.locator(".reflection-body .written").first()).hasText(PRIVATE_TEXT);
        assertThat(ana.locator(".reflection-body .written").nth(1)).hasText("The phone face down, every evening.");
        assertThat(ana.getByText("Infidelity", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(ana.locator(".feelings li").filter(new Locator.FilterOptions().setHasText("Hurt")))
                .containsText("8 of 10");
        assertAccessible(ana);
    }

    private static void nextPart(Page page) {
        page.locator(".form-step:not([hidden])").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next")).click();
    }

    /** Writes a reflection through the form and returns its id; the page shows the saved reflection. */
    private String writeReflection(Page page, String title, String whatHappened, String kind, String emotion,
            String intensity) {
        open(page, "/reflections");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a reflection")).click();
        assertThat(page).hasURL(Pattern.compile("/reflections/new$"));
        assertAccessible(page);
        // The form goes one part at a time.
        page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true)).fill(whatHappened);
        page.getByLabel("Which actions or events broke your trust?").fill("The phone face down, every evening.");
        nextPart(page);
        page.locator("#kind-" + kind).check();
        nextPart(page);
        page.locator("#felt-" + emotion).check();
        page.locator("#intensity-" + emotion + "-" + intensity).check();
        nextPart(page);
        page.getByLabel("How is this affecting you?").fill("I sleep badly and check my own phone too often.");
        page.getByLabel("A short title (optional)").fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save privately")).click();
        assertThat(page).hasURL(SAVED_REFLECTION);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved. You\u2019ve put something hard into words.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertAccessible(page);
        Matcher m = SAVED_REFLECTION.matcher(page.url());
        Assertions.assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Markup typed into a reflection is shown as the characters typed, never as markup or code. */
    private static void assertShownAsText(Page page) {
        Assertions.assertThat(page.locator("main").textContent()).contains(PAYLOAD);
        assertThat(page.locator("main b")).hasCount(0);
        assertThat(page.locator("main script")).hasCount(0);
        Assertions.assertThat(page.evaluate("() => typeof window.pwned")).isEqualTo("undefined");
    }

    private void assertNotFound(Page page, String path) {
        Response response = page.navigate(path);
        Assertions.assertThat(response.status()).as("status of %s", path).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("We couldn\u2019t find that");
        assertThat(page.locator("main")).not().containsText(PRIVATE_TEXT);
        assertThat(page.locator("main")).not().containsText("What I need you to know");
        assertAccessible(page);
    }
}
