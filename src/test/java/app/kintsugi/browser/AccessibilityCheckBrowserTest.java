package app.kintsugi.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

/** The accessibility check itself: it must fail, naming rule, impact and element, when a page is not accessible. */
class AccessibilityCheckBrowserTest extends BrowserTest {

    @Test
    void listsEveryViolationWithRuleImpactAndTarget() {
        Page page = newPerson();
        page.setContent("""
                <!DOCTYPE html><html><head><title>Bad</title></head><body><main>
                <h1>Bad page</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <input id="unlabelled" type="text"></main></body></html>
                """);
        assertThatThrownBy(() -> assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("html-has-lang [serious]")
                .hasMessageContaining("image-alt [critical]")
                .hasMessageContaining("label [critical]")
                .hasMessageContaining("#unlabelled")
                .hasMessageContaining("light colour scheme");
    }

    @Test
    void checksColourContrastInTheDarkColourScheme() {
        Page page = newPage(newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK)));
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>Dark</title><style>
                @media (prefers-color-scheme: dark) { body { background: #1b1917; color: #3a3531; } }
                </style></head><body><main><h1>Hard to read in the dark</h1></main></body></html>
                """);
        assertThatThrownBy(() -> assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("color-contrast [serious]")
                .hasMessageContaining("dark colour scheme");
    }
}
