package app.kintsugi.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * WCAG 2.2 SC 2.4.11 Focus Not Obscured (Minimum), which axe cannot check: moving backwards through
 * the reflection form with Shift+Tab, no focused field may end up entirely behind the sticky header.
 */
class FocusNotObscuredBrowserTest extends BrowserTest {

    private static final String WHERE_IS_FOCUS = """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body || e.closest('header')) { return null; }
              const header = document.querySelector('header.top').getBoundingClientRect();
              const box = e.getBoundingClientRect();
              return box.bottom <= header.bottom ? (e.id || e.tagName) + ' (' + Math.round(box.top) + '..'
                  + Math.round(box.bottom) + 'px, header ends at ' + Math.round(header.bottom) + 'px)' : '';
            }
            """;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844, true", "1280, 800, false"})
    void shiftTabNeverHidesTheFocusedFieldBehindTheHeader(int width, int height, boolean mobile) {
        var person = people.create("Ivo");
        Page page = newPage(newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setIsMobile(mobile).setHasTouch(mobile)));
        signIn(page, person.email());
        open(page, "/reflections/new");
        // The form goes one part at a time; its last part holds the most fields and the save button.
        for (int i = 0; i < 3; i++) {
            page.locator(".form-step:not([hidden])").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Next")).click();
        }
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Save privately")).focus();
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            page.keyboard().press("Shift+Tab");
            Object where = page.evaluate(WHERE_IS_FOCUS);
            if (where == null) {
                break;
            }
            if (!where.toString().isEmpty()) {
                hidden.add(where.toString());
            }
        }
        if (!hidden.isEmpty()) {
            fail("Focused fields entirely hidden behind the sticky header: " + hidden);
        }
    }
}
