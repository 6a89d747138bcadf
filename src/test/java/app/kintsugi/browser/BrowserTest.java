package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;

/**
 * Base for tests that drive the running application with a real, headless Chromium. One Playwright
 * and one browser for the whole run; one {@link BrowserContext} per person, so two contexts are two
 * partners on two devices with their own cookies. Every page a test loads must be checked with
 * {@link #assertAccessible(Page)}: a page that was loaded but never checked fails the test.
 */
@org.junit.jupiter.api.Tag("browser")
@ExtendWith(BrowserTest.SharedBrowser.class)
public abstract class BrowserTest extends IntegrationTest {

    /** Debian's Chromium; Playwright never downloads a browser of its own. */
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    protected static final String PASSWORD = "a quiet harbour at dawn";
    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Set<String> loaded = new LinkedHashSet<>();
    private final Set<String> checked = new LinkedHashSet<>();

    @BeforeAll
    static void chromiumIsThere() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "No Chromium at " + CHROMIUM + " (install Debian's chromium package)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; on CI the browser tests must run.");
            }
            Assumptions.abort(message + "; skipping browser tests outside CI.");
        }
    }

    /**
     * One Chromium for every browser test class of the run: started by the first class, closed when
     * the run ends. A test's people are browser contexts of their own, closed after each test, so
     * nothing carries over from one class to the next; starting Chromium again for each class would
     * only cost time.
     */
    static final class SharedBrowser implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM)) {
                browser = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedBrowser.class))
                        .computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class).browser();
            }
        }
    }

    /** Playwright and its browser, closed by JUnit when the run ends. */
    record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

        static Chromium launch() {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run"))));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    @AfterEach
    void everyLoadedPageWasCheckedThenClose() {
        try {
            // Let pending load events arrive before comparing.
            contexts.forEach(c -> c.pages().forEach(p -> p.waitForLoadState(LoadState.LOAD)));
            Set<String> unchecked = new LinkedHashSet<>(loaded);
            unchecked.removeAll(checked);
            unchecked.remove("about:blank");
            if (!unchecked.isEmpty()) {
                fail("These pages were loaded but never checked with assertAccessible: " + unchecked);
            }
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
            loaded.clear();
            checked.clear();
        }
    }

    // ---------------------------------------------------------------- people and pages

    /** A fresh browser profile for one person: its own cookies, storage and history. */
    protected BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions());
    }

    protected BrowserContext newContext(Browser.NewContextOptions options) {
        options.setBaseURL(base());
        if (options.locale == null) {
            options.setLocale("en-GB");
        }
        BrowserContext context = browser.newContext(options);
        contexts.add(context);
        return context;
    }

    /** A tab in that profile; every document it loads is remembered until it is checked. */
    protected Page newPage(BrowserContext context) {
        Page page = context.newPage();
        page.onLoad(p -> loaded.add(p.url()));
        return page;
    }

    /** A new person's own browser with one tab open. */
    protected Page newPerson() {
        return newPage(newContext());
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** Opens a page by path and checks it. */
    protected Page open(Page page, String path) {
        page.navigate(path);
        assertAccessible(page);
        return page;
    }

    /** Registers through the real form, is welcomed, skips the welcome and lands on Today. */
    protected void register(Page page, String name, String email) {
        open(page, "/register");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
        assertThat(page).hasURL(Pattern.compile("/welcome$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, " + name);
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to Today")).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hello, " + name);
        assertAccessible(page);
    }

    /** The overview, where signing in lands. */
    protected static final Pattern HOME = Pattern.compile("/$");

    /** Signs in through the real form and lands on the overview. */
    protected void signIn(Page page, String email) {
        signIn(page, email, HOME);
    }

    /** A new person's own browser with one tab open, signed in through the real form on the overview. */
    protected Page signedIn(TestPerson person) {
        Page page = newPerson();
        signIn(page, person.email());
        return page;
    }

    /**
     * Signs in through the real form and lands on the overview, checking the sign-in page; the overview
     * is one the test checks later in a state at least as full.
     */
    protected void signInCheckingTheForm(Page page, String email) {
        page.navigate("/sign-in");
        assertAccessible(page);
        submitSignIn(page, email, HOME);
        checkedElsewhere(page);
    }

    /**
     * Signs in through the real form and lands on the overview, checking neither page here: the
     * sign-in page is checked in every variant by {@link ScreenshotsBrowserTest}, the overview by the
     * test in a state at least as full.
     */
    protected void signInCheckedElsewhere(Page page, String email) {
        page.navigate("/sign-in");
        checkedElsewhere(page);
        submitSignIn(page, email, HOME);
        checkedElsewhere(page);
    }

    /**
     * Signs in through the real form and lands where {@code landing} says (a page asked for before).
     * The sign-in page is the same for everyone and {@link ScreenshotsBrowserTest} checks it in every
     * variant; the page landed on is checked here.
     */
    protected void signIn(Page page, String email, Pattern landing) {
        if (!page.url().contains("/sign-in")) {
            page.navigate("/sign-in");
            checkedElsewhere(page);
        }
        submitSignIn(page, email, landing);
        assertAccessible(page);
    }

    /** Fills and sends the sign-in form already open in the page; the caller checks the result. */
    protected void submitSignIn(Page page, String email, Pattern landing) {
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page).hasURL(landing);
    }

    // ---------------------------------------------------------------- accessibility

    /**
     * Runs axe-core on the page as it is now (WCAG 2.0, 2.1 and 2.2, A and AA) and fails listing
     * every violation: rule, impact, the elements concerned and why.
     */
    protected void assertAccessible(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        AxeResults results = axe(page);
        checked.add(page.url());
        if (results.getErrorMessage() != null) {
            fail("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            fail("axe-core checked nothing on " + page.url() + "; it may not have run at all");
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            boolean dark = (Boolean) page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches");
            fail(violations.size() + " accessibility violation(s) on " + page.url()
                    + " (" + (dark ? "dark" : "light") + " colour scheme, viewport "
                    + page.viewportSize().width + "x" + page.viewportSize().height + "):\n"
                    + describe(violations));
        }
    }

    /**
     * axe-core's own run over the whole document with the same rules and tags as {@code AxeBuilder.analyze()},
     * cheaper: the script goes into a document once, however often that document is checked, and the run
     * happens in the page itself. The builder's default way puts the script in three times per run and
     * opens a separate page to merge results per frame, and the application's pages have no frames to
     * merge. Only violations are reported in full (axe's {@code resultTypes}); rules that pass are still
     * listed, each with one element, which is all {@link #assertAccessible} looks at.
     */
    private static AxeResults axe(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe?.run === 'function'")) {
            page.evaluate(AXE_SCRIPT);
        }
        // Every rule of the tags runs; the rules that pass are listed with one element each instead of all.
        Object raw = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
                + ".then(r => JSON.parse(JSON.stringify(r)))", AXE_TAGS);
        return AXE_JSON.convertValue(raw, AxeResults.class);
    }

    /** The axe-core that comes with the axe Playwright library, configured as that library configures it. */
    private static final String AXE_SCRIPT = "() => {" + axeSource()
            + ";axe.configure({allowedOrigins: ['<same_origin>'], branding: {application: 'PlaywrightJava'}});}";
    private static final ObjectMapper AXE_JSON = new ObjectMapper();

    private static String axeSource() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the axe Playwright library");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Counts the page as it is now as checked without running axe again. Only for a page of a kind
     * the same test checks with {@link #assertAccessible(Page)} in a state at least as full (the
     * same template one step earlier or later), or the sign-in page, the same for everyone and
     * checked in every variant by {@link ScreenshotsBrowserTest}, where another run would cost
     * seconds and find nothing new.
     */
    protected void checkedElsewhere(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        checked.add(page.url());
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] "
                        + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                        + rule.getNodes().stream().map(BrowserTest::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ").strip();
        return "    at " + node.getTarget() + " [" + node.getImpact() + "] " + summary;
    }

    // ---------------------------------------------------------------- screenshots

    /** One screen to look at: colour scheme and device size. */
    protected record Variant(String scheme, String device, ColorScheme colorScheme, int width, int height, boolean mobile) {

        public Browser.NewContextOptions options() {
            return new Browser.NewContextOptions().setColorScheme(colorScheme).setViewportSize(width, height)
                    .setIsMobile(mobile).setHasTouch(mobile);
        }

        @Override
        public String toString() {
            return scheme + " " + device;
        }
    }

    /** Light and dark, on a phone and on a desktop. */
    protected static final List<Variant> VARIANTS = List.of(
            new Variant("light", "phone", ColorScheme.LIGHT, 390, 844, true),
            new Variant("dark", "phone", ColorScheme.DARK, 390, 844, true),
            new Variant("light", "desktop", ColorScheme.LIGHT, 1280, 800, false),
            new Variant("dark", "desktop", ColorScheme.DARK, 1280, 800, false));

    /**
     * Light and dark on a phone: how each page is looked at. A wide screen has room where a phone has
     * none and the same colours in each scheme, so the desktop sizes are looked at for the main pages
     * ({@link ScreenshotsBrowserTest}) and where a page is meant for a desk (the counselor's room).
     */
    protected static final List<Variant> PHONES = VARIANTS.subList(0, 2);

    /**
     * Screenshot first, so the picture exists even when the page has accessibility problems; those are
     * collected, so every screen is taken before the test fails.
     */
    protected void shoot(Page page, String name, Variant v, List<String> problems) throws Exception {
        boolean dark = (Boolean) page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches");
        org.assertj.core.api.Assertions.assertThat(dark).as("dark colour scheme").isEqualTo(v.colorScheme() == ColorScheme.DARK);
        var file = screenshot(page, name, v.scheme(), v.device());
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.size(file)).isPositive();
        try {
            assertAccessible(page);
        } catch (AssertionError e) {
            problems.add(name + " (" + v.scheme() + " " + v.device() + "): " + e.getMessage());
        }
    }

    /**
     * Saves a full-page PNG to target/screenshots/&lt;name&gt;-&lt;light|dark&gt;-&lt;phone|desktop&gt;.png.
     */
    protected Path screenshot(Page page, String name, String scheme, String device) {
        Path file = SCREENSHOTS.resolve(name + "-" + scheme + "-" + device + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Screenshot and axe ({@link #shoot}), from the top of the page, then: nothing wider than the
     * screen. Problems are collected, so every screen is still taken.
     */
    protected void look(Page page, String name, Variant v, List<String> problems) throws Exception {
        // After the jump to a #fragment, from the top, so the sticky bar is drawn where it belongs.
        page.waitForLoadState(LoadState.LOAD);
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => { window.scrollTo(0, 0); requestAnimationFrame(done); }))");
        shoot(page, name, v, problems);
        // Now and then Chromium returns only the first screenful of a long page: take it again.
        for (int i = 0; i < 3 && pngHeight(name, v) < pageHeight(page); i++) {
            screenshot(page, name, v.scheme(), v.device());
        }
        Object wide = page.evaluate("""
                () => {
                  const root = document.documentElement;
                  if (root.scrollWidth <= root.clientWidth) { return null; }
                  const culprits = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/\\s+/g, '.') : ''));
                  return root.scrollWidth + ' > ' + root.clientWidth + ': ' + culprits.join(', ');
                }""");
        if (wide != null) {
            problems.add(name + " (" + v + "): the page scrolls sideways, " + wide);
        }
    }

    /** Checks a page in this variant; a problem is collected, so every picture is still taken. */
    protected void check(Page page, String name, Variant v, List<String> problems) {
        try {
            assertAccessible(page);
        } catch (AssertionError e) {
            problems.add(name + " (" + v + "): " + e.getMessage());
        }
    }

    /**
     * Signs in through the form; the overview is checked, problems collected. The sign-in page is the
     * same for everyone and {@link ScreenshotsBrowserTest} checks it in every variant.
     */
    protected void signInCollecting(Page page, String email, Variant v, List<String> problems) {
        page.navigate("/sign-in");
        checkedElsewhere(page);
        submitSignIn(page, email, HOME);
        check(page, "overview", v, problems);
    }

    /** The height of the whole document in CSS pixels, as a full-page picture should be. */
    protected static int pageHeight(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
    }

    /** The height of a saved picture, read from its PNG header. */
    protected static int pngHeight(String name, Variant v) throws IOException {
        byte[] head = new byte[24];
        try (var in = Files.newInputStream(SCREENSHOTS.resolve(name + "-" + v.scheme() + "-" + v.device() + ".png"))) {
            in.readNBytes(head, 0, head.length);
        }
        return ByteBuffer.wrap(head, 20, 4).getInt();
    }

    // ---------------------------------------------------------------- page helpers

    /** The page's main heading. */
    protected static Locator h1(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** The page's status message, where it says what just happened. */
    protected static Locator status(Page page) {
        return page.getByRole(AriaRole.STATUS);
    }

    /** The field labelled exactly {@code name}. */
    protected static Locator label(Page page, String name) {
        return page.getByLabel(name, new Page.GetByLabelOptions().setExact(true));
    }

    /** The button named exactly {@code name}. */
    protected static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The link named exactly {@code name}. */
    protected static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Remembers every error the page writes to its console, and every script error. */
    protected static Page watched(Page page, String who, List<String> console) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                console.add(who + " at " + page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> console.add(who + " at " + page.url() + ": " + error));
        return page;
    }

    /**
     * Sets a date field as a date picker would. Typing into a date field follows the browser's
     * locale; the value itself is always yyyy-mm-dd.
     */
    protected static void setDate(Locator input, LocalDate day) {
        input.evaluate("(e, v) => { e.value = v; e.dispatchEvent(new Event('input', {bubbles: true}));"
                + " e.dispatchEvent(new Event('change', {bubbles: true})); }", day.toString());
    }
}
