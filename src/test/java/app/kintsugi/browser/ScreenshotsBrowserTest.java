package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;

/**
 * The main pages in light and dark, on a phone and on a desktop: saved as PNGs to
 * target/screenshots/&lt;page&gt;-&lt;light|dark&gt;-&lt;phone|desktop&gt;.png on every run, and each one
 * checked with axe in its colour scheme (so colour contrast is checked in dark mode too).
 */
@org.junit.jupiter.api.Tag("screenshots")
class ScreenshotsBrowserTest extends BrowserTest {

    static Stream<Variant> variants() {
        return VARIANTS.stream();
    }

    @Autowired
    Couples couples;

    @Autowired
    Reflections reflections;

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void mainPages(Variant variant) throws Exception {
        // A couple in a shared space, with one reflection written.
        var ana = people.create("Ana");
        var ben = people.create("Ben");
        var invitation = couples.start(ana.id(), Role.HURT_PARTNER);
        couples.join(ben.id(), invitation.code(), Role.BROKE_TRUST);
        ReflectionId reflection = reflections.create(ana.id(), new ReflectionDraft(
                "The messages in March",
                "I found the messages on the tablet we share, on a Sunday morning in March. "
                        + "I read them twice before I understood what I was reading.",
                "The late evenings \u201cat work\u201d.\nThe phone always face down.",
                BetrayalKind.INFIDELITY,
                Map.of(Emotion.HURT, 9, Emotion.ANGER, 6, Emotion.CONFUSION, 7, Emotion.LONELINESS, 4),
                "I sleep badly. At work I read the same email three times."));

        Page page = newPage(newContext(variant.options()));
        List<String> problems = new ArrayList<>();

        page.navigate("/sign-in");
        shoot(page, "sign-in", variant, problems);
        submitSignIn(page, ana.email(), Pattern.compile("/$"));
        shoot(page, "dashboard", variant, problems);

        page.navigate("/reflections/new");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Write a reflection");
        shoot(page, "reflection-form", variant, problems);

        page.navigate("/reflections/" + reflection);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("The messages in March");
        shoot(page, "reflection", variant, problems);

        page.navigate("/space");
        assertThat(page.getByText("You share this space with Ben.")).isVisible();
        shoot(page, "space", variant, problems);

        page.navigate("/safety");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("A private safety check");
        shoot(page, "safety-check", variant, problems);

        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

}
