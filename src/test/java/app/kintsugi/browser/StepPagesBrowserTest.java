package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;

/**
 * The program in the browser: the "what might help next" card on the dashboard, the step pages with
 * the text for the person's own role, marking an exercise as started and done, the exercises each
 * role sees, the same pages in Spanish, and what a concerning safety check changes.
 */
class StepPagesBrowserTest extends BrowserTest {

    /** Distinctive sentences from src/main/resources/program/steps/understanding_en.yaml. */
    private static final String UNDERSTANDING_BROKE_TRUST =
            "Write honestly about what you did and what you know it has caused, without defending or explaining it away yet.";
    private static final String UNDERSTANDING_HURT = "Write about what you found out and how it has shaken you.";

    /** And from transparency_en.yaml / transparency_es.yaml. */
    private static final String TRANSPARENCY_BROKE_TRUST = "Answer honestly, even when it is uncomfortable.";
    private static final String TRANSPARENCY_HURT = "Ask what you need to know to make sense of what happened.";
    private static final String TRANSPARENCY_BROKE_TRUST_ES = "Responde con sinceridad, aunque resulte incómodo.";
    private static final String TRANSPARENCY_HURT_ES = "Pregunta lo que necesites saber para entender lo que pasó.";

    private static final String QUESTIONS = "The questions I carry";
    private static final String SHARE_FIRST = "Share before being asked";
    private static final String QUESTIONS_ES = "Las preguntas que llevo dentro";
    private static final String SHARE_FIRST_ES = "Contarlo antes de que te lo pidan";

    private static final String STARTED = "I\u2019ve started";
    private static final String DONE = "I\u2019ve done this for now";


    @Autowired
    SafetyChecks safety;

    @Autowired
    Progress progress;

    @Autowired
    Program program;

    // ---------------------------------------------------------------- the way through a step

    @Test
    void someoneWhoBrokeTrustFollowsASuggestionAndMarksTheExerciseDone() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        Page page = signedIn(ben);

        // The dashboard points at one or two things, never more.
        Locator next = nextCard(page, "What might help next");
        assertThat(next).isVisible();
        Locator suggestions = next.getByRole(AriaRole.LINK);
        Assertions.assertThat(suggestions.count()).isBetween(1, 2);
        // With a partner in the space and no safety check yet, the check comes before anything else.
        assertThat(suggestions).hasText(new String[] {"Take the safety check", "Write a reflection"});
        assertThat(suggestions.first()).hasClass(Pattern.compile("\\bprimary\\b"));
        assertThat(next).containsText("These are only suggestions.");
        Locator understanding = stepOnDashboard(page, "Understanding the betrayal");
        assertThat(understanding.locator(".meta")).hasText("Not started yet");

        // The exercise suggestion leads straight to doing it; the step is one tap away on the dashboard.
        Assertions.assertThat(suggestions.filter(new Locator.FilterOptions().setHasText("Write a reflection"))
                .getAttribute("href")).isEqualTo("/reflections/new");
        understanding.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Understanding the betrayal")).click();
        assertThat(page).hasURL(Pattern.compile("/steps/understanding$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Understanding the betrayal");
        assertAccessible(page);

        // "For you": Ben's own role, in the words of the content file; the others only behind <details>.
        Locator forYou = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("For you"));
        Locator ownText = forYou.locator(":scope > p");
        assertThat(ownText).hasCount(1);
        assertThat(ownText).containsText(UNDERSTANDING_BROKE_TRUST);
        assertThat(ownText).hasText(program.content("understanding", Locale.ENGLISH).roles().get(Role.BROKE_TRUST));
        assertThat(ownText).not().containsText(UNDERSTANDING_HURT);
        Locator details = forYou.locator("details");
        Assertions.assertThat(details.evaluate("d => d.open")).isEqualTo(false);
        assertThat(forYou.getByText(UNDERSTANDING_HURT)).isHidden();
        Assertions.assertThat(forYou.evaluate("s => [...s.querySelectorAll(':scope > :not(details)')]"
                + ".map(e => e.textContent).join(' ')").toString()).doesNotContain(UNDERSTANDING_HURT);
        // Opening it shows how the step looks for the other roles, and the page stays accessible.
        details.locator("summary").click();
        assertThat(forYou.getByText(UNDERSTANDING_HURT)).isVisible();
        assertAccessible(page);

        // Started, then done for now: the badge follows, and the buttons offered change with it.
        Locator reflection = exercise(page, "understanding.reflection");
        assertThat(reflection.getByRole(AriaRole.HEADING)).hasText("Write a reflection");
        assertThat(reflection.locator(".badge").first()).hasText("Not started");
        reflection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(STARTED)).click();
        assertThat(reflection.locator(".badge").first()).hasText("Started");
        assertThat(page).hasURL(Pattern.compile("/steps/understanding#understanding\\.reflection$"));
        assertThat(reflection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(STARTED))).hasCount(0);
        assertThat(reflection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as not done")))
                .isVisible();
        assertAccessible(page);

        reflection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(DONE)).click();
        assertThat(reflection.locator(".badge").first()).hasText("Done for now");
        assertThat(reflection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(DONE))).hasCount(0);
        assertThat(reflection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as not done")))
                .isVisible();
        // The other exercise of the step is untouched.
        assertThat(exercise(page, "understanding.basics").locator(".badge").first()).hasText("Not started");
        assertAccessible(page);

        // Back on the dashboard the suggestion has moved on, and the step counts one of two done.
        open(page, "/");
        suggestions = nextCard(page, "What might help next").getByRole(AriaRole.LINK);
        assertThat(suggestions).hasText(new String[] {"Take the safety check", "Look after the basics"});
        assertThat(nextCard(page, "What might help next")).not().containsText("Write a reflection");
        assertThat(stepOnDashboard(page, "Understanding the betrayal").locator(".meta")).containsText("1 of 2 done");
        assertThat(stepOnDashboard(page, "Taking responsibility").locator(".meta")).hasText("Not started yet");
        // A practice away from the screen has a screen of its own: what it asks, and a private notepad.
        Assertions.assertThat(suggestions.nth(1).getAttribute("href")).isEqualTo("/exercises/understanding.basics");
    }

    // ---------------------------------------------------------------- each role its own exercises

    @Test
    void eachRoleSeesItsOwnExercisesInTransparency() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        Page anaPage = signedIn(ana);
        open(anaPage, "/steps/transparency");
        assertThat(anaPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Transparency and honesty");
        assertThat(exerciseHeading(anaPage, QUESTIONS)).isVisible();
        assertThat(exerciseHeading(anaPage, SHARE_FIRST)).hasCount(0);
        assertThat(anaPage.locator("main")).not().containsText(SHARE_FIRST);
        assertThat(forYouOwnText(anaPage, "For you")).containsText(TRANSPARENCY_HURT);
        assertThat(forYouOwnText(anaPage, "For you")).not().containsText(TRANSPARENCY_BROKE_TRUST);

        Page benPage = signedIn(ben);
        open(benPage, "/steps/transparency");
        assertThat(exerciseHeading(benPage, SHARE_FIRST)).isVisible();
        assertThat(exerciseHeading(benPage, QUESTIONS)).hasCount(0);
        assertThat(benPage.locator("main")).not().containsText(QUESTIONS);
        assertThat(forYouOwnText(benPage, "For you")).containsText(TRANSPARENCY_BROKE_TRUST);
        assertThat(forYouOwnText(benPage, "For you")).not().containsText(TRANSPARENCY_HURT);

        // An exercise that is not meant for this role cannot be marked either, even with a valid form token.
        String csrf = benPage.locator("li.exercise input[name='_csrf']").first().inputValue();
        var response = benPage.request().post("/progress/transparency.questions/start",
                RequestOptions.create().setForm(FormData.create().set("_csrf", csrf)).setMaxRedirects(0));
        Assertions.assertThat(response.status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- Spanish

    @Test
    void theSamePagesInSpanishShowTheSpanishText() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        Page page = signedIn(ben);

        open(page, "/steps/transparency?lang=es");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Transparencia y honestidad");
        assertThat(page.locator(".eyebrow")).hasText("Paso 4");
        Locator own = forYouOwnText(page, "Para ti");
        assertThat(own).containsText(TRANSPARENCY_BROKE_TRUST_ES);
        assertThat(own).hasText(program.content("transparency", Locale.forLanguageTag("es")).roles().get(Role.BROKE_TRUST));
        assertThat(own).not().containsText(TRANSPARENCY_HURT_ES);
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Para ti"))
                .getByText(TRANSPARENCY_HURT_ES)).isHidden();
        assertThat(exerciseHeading(page, SHARE_FIRST_ES)).isVisible();
        assertThat(exerciseHeading(page, QUESTIONS_ES)).hasCount(0);
        Locator shareFirst = exercise(page, "transparency.share-first");
        assertThat(shareFirst.locator(".badge").first()).hasText("Sin empezar");
        assertThat(shareFirst.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ya empecé"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Señales de que está funcionando")))
                .isVisible();
        assertThat(page.locator("main")).not().containsText(TRANSPARENCY_BROKE_TRUST);
        assertThat(page.locator("main")).not().containsText("Exercises");

        // Marking it in Spanish: the page comes back in Spanish.
        shareFirst.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ya empecé")).click();
        assertThat(shareFirst.locator(".badge").first()).hasText("Empezado");
        assertAccessible(page);

        // The step navigation names the neighbouring steps in Spanish.
        Locator stepNav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pasos"));
        assertThat(stepNav.getByRole(AriaRole.LINK)).hasText(new String[] {
                "Anterior: " + program.content("trust", Locale.forLanguageTag("es")).title(),
                "Siguiente: " + program.content("help", Locale.forLanguageTag("es")).title()});

        // The dashboard in Spanish: the card, the steps and the started exercise as a suggestion.
        open(page, "/?lang=es");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        Locator next = nextCard(page, "Lo que podría ayudarte ahora");
        Locator suggestions = next.getByRole(AriaRole.LINK);
        Assertions.assertThat(suggestions.count()).isBetween(1, 2);
        assertThat(suggestions).hasText(new String[] {"Hacer la revisión de seguridad", SHARE_FIRST_ES});
        assertThat(next).containsText("Empezaste esto. Puedes retomarlo cuando quieras.");
        assertThat(stepOnDashboard(page, "Entender la traición").locator(".meta")).hasText("Aún sin empezar");
        assertThat(stepOnDashboard(page, "Transparencia y honestidad")).isVisible();
        assertThat(page.locator("main")).not().containsText("Understanding the betrayal");

        // And back to English.
        open(page, "/steps/transparency?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(forYouOwnText(page, "For you")).containsText(TRANSPARENCY_BROKE_TRUST);
    }

    // ---------------------------------------------------------------- safety first

    @Test
    void aConcerningSafetyCheckPutsHelpFirstAndNothingDoneTogether() {
        // Two people who broke trust, each with a partner, both through the private exercises up to
        // step 2: the next exercise in program order is "Agree on ground rules", done together.
        TestPerson ben = testCouples.of("Ana", "Ben").second();
        TestPerson dan = testCouples.of("Cleo", "Dan").second();
        for (TestPerson p : List.of(ben, dan)) {
            for (String id : List.of("understanding.reflection", "understanding.basics", "responsibility.own-role",
                    "responsibility.apology-parts", "responsibility.apology")) {
                progress.complete(p.id(), id);
            }
        }
        safety.record(ben.id(), answers(SafetyAnswer.OFTEN));
        safety.record(dan.id(), answers(SafetyAnswer.NEVER));

        // Dan's check raised no concern: the exercise done together is offered.
        Page danPage = signedIn(dan);
        Locator danSuggestions = nextCard(danPage, "What might help next").getByRole(AriaRole.LINK);
        assertThat(danSuggestions).hasText(new String[] {"Agree on ground rules"});
        Assertions.assertThat(danSuggestions.first().getAttribute("href")).isEqualTo("/conversations/rules");
        open(danPage, "/steps/communication");
        assertThat(exercise(danPage, "communication.ground-rules").locator(".badge"))
                .hasText(new String[] {"Not started", "Together"});

        // Ben's was concerning: private help first, and no exercise done together at all.
        Page benPage = signedIn(ben);
        Locator next = nextCard(benPage, "What might help next");
        Locator suggestions = next.getByRole(AriaRole.LINK);
        Assertions.assertThat(suggestions.count()).isBetween(1, 2);
        assertThat(suggestions.first()).hasText("Where to find help");
        assertThat(suggestions.first()).hasAttribute("href", "/safety/resources");
        assertThat(suggestions.first()).hasClass(Pattern.compile("\\bprimary\\b"));
        assertThat(next.locator(".reason").first())
                .hasText("Your safety comes first. Before anything you do together, talking to someone on your own may help.");
        assertThat(next).not().containsText("Agree on ground rules");
        assertThat(next).not().containsText("Talk about one boundary each");
        assertThat(suggestions).hasText(new String[] {"Where to find help", "Practise \"I\" statements"});

        // Every exercise suggested is one done alone: none leads to where an exercise done together is done.
        java.util.Set<String> together = program.exercises().stream().filter(e -> e.joint())
                .map(e -> e.doPath()).collect(java.util.stream.Collectors.toSet());
        List<String> exerciseLinks = new ArrayList<>();
        for (int i = 0; i < suggestions.count(); i++) {
            String href = suggestions.nth(i).getAttribute("href");
            if (!href.equals("/safety/resources")) {
                exerciseLinks.add(href);
            }
        }
        Assertions.assertThat(exerciseLinks).isNotEmpty().doesNotContainAnyElementsOf(together);

        // The help suggestion leads to the help page.
        open(benPage, "/");
        nextCard(benPage, "What might help next").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Where to find help")).click();
        assertThat(benPage).hasURL(Pattern.compile("/safety/resources$"));
        assertThat(benPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("If you don\u2019t feel safe");
        assertAccessible(benPage);
    }

    // ---------------------------------------------------------------- screenshots

    @Test
    void screenshotsOfTheStepPageAndTheDashboard() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        safety.record(ben.id(), answers(SafetyAnswer.NEVER));
        progress.complete(ben.id(), "understanding.reflection");
        progress.start(ben.id(), "understanding.basics");
        progress.start(ana.id(), "understanding.reflection");
        progress.complete(ana.id(), "understanding.basics");
        progress.setSharedWithPartner(ana.id(), true);

        List<Variant> variants = PHONES;
        List<String> problems = new ArrayList<>();
        for (Variant v : variants) {
            Page page = newPage(newContext(v.options()));
            page.navigate("/sign-in");
            checkedElsewhere(page);
            submitSignIn(page, ben.email(), Pattern.compile("/$"));
            assertThat(nextCard(page, "What might help next")).isVisible();
            shoot(page, "program-dashboard", v, problems);

            page.navigate("/steps/understanding");
            assertThat(exercise(page, "understanding.basics").locator(".badge").first()).hasText("Started");
            assertThat(exercise(page, "understanding.reflection").locator(".hint"))
                    .hasText("Ana has started this.");
            shoot(page, "step-understanding", v, problems);

            page.navigate("/steps/transparency?lang=es");
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            shoot(page, "step-transparency-es", v, problems);
            page.navigate("/?lang=es");
            assertThat(nextCard(page, "Lo que podría ayudarte ahora")).isVisible();
            shoot(page, "program-dashboard-es", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Map<SafetyQuestion, SafetyAnswer> answers(SafetyAnswer afraid) {
        Map<SafetyQuestion, SafetyAnswer> answers = new EnumMap<>(SafetyQuestion.class);
        for (SafetyQuestion q : SafetyQuestion.values()) {
            answers.put(q, SafetyAnswer.NEVER);
        }
        answers.put(SafetyQuestion.AFRAID, afraid);
        return answers;
    }

    private static Locator nextCard(Page page, String heading) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading));
    }

    /** A step in the dashboard's list of the program, found by its title. */
    private static Locator stepOnDashboard(Page page, String title) {
        return page.locator("ol.steps > li").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    /** An exercise on a step page, by its id (ids contain dots, so no #id selector). */
    private static Locator exercise(Page page, String id) {
        return page.locator("li.exercise[id='" + id + "']");
    }

    private static Locator exerciseHeading(Page page, String title) {
        return page.locator("li.exercise").getByRole(AriaRole.HEADING,
                new Locator.GetByRoleOptions().setName(title).setExact(true));
    }

    /** The "For you" text outside the closed &lt;details&gt; of the other roles. */
    private static Locator forYouOwnText(Page page, String heading) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading)).locator(":scope > p");
    }
}
