package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person turns on discreet mode on their phone and signs out: the sign-in page, in light and
 * dark, shows a neutral name and icon, names the application nowhere, and the browser finds a
 * neutral manifest to put on the home screen.
 */
class DiscreetModeBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void theSignInPageOfADiscreetPhoneIsNeutral(String scheme) throws Exception {
        var ana = people.create("Ana");
        BrowserContext phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2)
                .setColorScheme("dark".equals(scheme) ? ColorScheme.DARK : ColorScheme.LIGHT));
        Page page = newPage(phone);
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });

        signIn(page, ana.email());
        open(page, "/settings");
        page.getByLabel("Discreet mode").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(page.getByText("Your settings are saved.")).isVisible();
        assertAccessible(page);
        assertThat(page).hasTitle("Notes");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/sign-in\\?signedOut$"));
        assertAccessible(page);
        assertThat(page).hasTitle("Notes");
        assertThat(page.locator(".brand")).hasText("Notes");
        assertThat(page.getByText("New here?")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register as a professional"))).isVisible();
        assertThat(page.content().toLowerCase()).doesNotContain("kintsugi");
        assertThat(phone.cookies()).extracting(c -> c.name.toLowerCase()).noneMatch(n -> n.contains("kintsugi"))
                .contains("pref-discreet");

        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in-discreet-" + scheme + "-phone.png"))
                .setFullPage(true));

        // What the browser reads to put it on the home screen: neutral, and styled pages, not an offline copy.
        var manifest = page.request().get("/manifest.webmanifest");
        assertThat(manifest.ok()).isTrue();
        assertThat(manifest.headers().get("content-type")).startsWith("application/manifest+json");
        assertThat(manifest.text()).contains("\"name\":\"Notes\"").contains("/img/notes-192.png").doesNotContain("ntsugi");
        assertThat((Boolean) page.evaluate("() => !!navigator.serviceWorker && navigator.serviceWorker.controller !== null"))
                .as("no service worker controls the page").isFalse();
        assertThat((String) page.evaluate("() => getComputedStyle(document.body).backgroundColor"))
                .as("the style sheet at its neutral address is applied")
                .isEqualTo("dark".equals(scheme) ? "rgb(27, 25, 23)" : "rgb(250, 247, 242)");

        // Also before anyone signs in again: registering is neutral too.
        open(page, "/register");
        assertThat(page).hasTitle("Notes");
        assertThat(page.content().toLowerCase()).doesNotContain("kintsugi");
        assertThat(consoleErrors).as("no refused manifest, style or script").isEmpty();
    }
}
