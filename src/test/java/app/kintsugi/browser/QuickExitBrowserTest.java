package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;

/**
 * "Leave quickly" and Escape pressed three times take the person straight to the neutral page
 * (/test-neutral in tests), in place of the page they were on, so Back does not return to it.
 */
class QuickExitBrowserTest extends BrowserTest {

    private static final Pattern NEUTRAL = Pattern.compile("/test-neutral$");
    private static final String NEUTRAL_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Weather</title></head>
            <body><main><h1>Today\u2019s weather</h1><p>Mild, with light rain later.</p></main></body></html>
            """;

    private BrowserContext context;
    private final List<Map<String, String>> neutralRequests = new ArrayList<>();

    /** A signed-in browser; the tests then open fresh tabs in it, with a history of their own. */
    @BeforeEach
    void signedIn() {
        var person = people.create("Rae");
        context = newContext();
        Page setup = newPage(context);
        signIn(setup, person.email());
        setup.close();
    }

    @Test
    void leaveQuicklyReplacesThePageSoBackDoesNotReturnToIt() {
        Page page = tab();
        open(page, "/");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Promises")).click();
        assertThat(page).hasURL(Pattern.compile("/commitments$"));
        assertAccessible(page);
        int before = historyLength(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leave quickly")).click();
        assertLeft(page, before);

        // Back skips the page that was left, and leaving also signed out: whoever picks up the device
        // finds the sign-in page, not the overview.
        page.goBack();
        Assertions.assertThat(page.url()).doesNotEndWith("/commitments");
        assertThat(page).hasURL(Pattern.compile("/sign-in$"));
        assertAccessible(page);
        Page another = tab();
        open(another, "/reflections");
        assertThat(another).hasURL(Pattern.compile("/sign-in$"));
    }

    @Test
    void escapeThreeTimesQuicklyLeavesToo() {
        Page page = tab();
        open(page, "/reflections");
        int before = historyLength(page);

        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        assertLeft(page, before);

        // Back goes to where the tab was before Kintsugi (its blank start page), not to Kintsugi.
        page.goBack();
        Assertions.assertThat(page.url()).doesNotStartWith(base());
        Assertions.assertThat(historyLength(page)).isEqualTo(before);
    }

    @Test
    void escapePressedTwiceOrSlowlyStays() {
        context.clock().install();
        Page page = tab();
        open(page, "/reflections");
        int before = historyLength(page);

        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        Assertions.assertThat(leaving(page)).as("leaving after two presses").isFalse();
        context.clock().fastForward(2_500);
        page.keyboard().press("Escape");
        Assertions.assertThat(leaving(page)).as("leaving after a third press more than two seconds later").isFalse();
        assertThat(page).hasURL(Pattern.compile("/reflections$"));

        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        assertLeft(page, before);
    }

    private Page tab() {
        Page page = newPage(context);
        page.route("**/test-neutral", this::neutral);
        return page;
    }

    private void neutral(Route route) {
        neutralRequests.add(route.request().headers());
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                .setBody(NEUTRAL_PAGE));
    }

    private void assertLeft(Page page, int historyBefore) {
        assertThat(page).hasURL(NEUTRAL);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Today\u2019s weather");
        assertThat(page).hasTitle("Weather");
        assertAccessible(page);
        Assertions.assertThat(historyLength(page)).as("history length: the page was replaced, not added to")
                .isEqualTo(historyBefore);
        // The everyday site is not told where the person came from.
        Assertions.assertThat(neutralRequests).isNotEmpty()
                .allSatisfy(headers -> Assertions.assertThat(headers).doesNotContainKey("referer"));
    }

    private static boolean leaving(Page page) {
        return (Boolean) page.evaluate("() => document.body.hidden");
    }

    private static int historyLength(Page page) {
        return ((Number) page.evaluate("() => history.length")).intValue();
    }
}
