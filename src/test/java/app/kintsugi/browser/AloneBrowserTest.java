package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import app.kintsugi.account.TestAccounts;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.TestCheckIns;
import app.kintsugi.moments.HardMoments;
import app.kintsugi.moments.MomentDraft;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.Reflections;

/**
 * A person alone over a month, on phones (decision 42): she registers, chooses her role without
 * inviting anyone, and uses what the program offers one person day after day (the clock moves in
 * steps of twelve hours); Today speaks to her alone. Then she invites her partner, who joins and
 * finds none of it. Every page is checked with axe; the screens are kept under /tmp/shots/alone.
 */
class AloneBrowserTest extends BrowserTest {

    private static final Path SHOTS = Path.of("/tmp/shots/alone");

    @Autowired
    Reflections reflections;
    @Autowired
    HardMoments moments;
    @Autowired
    CheckIns checkIns;
    @Autowired
    TestCheckIns testCheckIns;

    @Test
    void aMonthAloneThenThePartnerJoinsAndSeesNoneOfIt() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> console = new ArrayList<>();
        // Her month ends now: it starts thirty days back, and the clock moves forward twelve hours at a
        // time (a session lasts twelve hours at most, measured against the time it was opened).
        clock.advance(Duration.ofDays(-30));
        String nadiaEmail = TestAccounts.uniqueEmail();
        Page light = watched(newPage(newContext(PHONES.get(0).options())), "Nadia", console);
        register(light, "Nadia", nadiaEmail);
        assertThat(light.locator("main")).containsText("You are doing this on your own");
        assertThat(light.locator("main")).not().containsText("Before you do exercises together");

        // Her role, chosen alone: nobody is invited.
        light.navigate("/space");
        assertAccessible(light);
        light.getByLabel("I was hurt by what happened").check();
        button(light, "Save my role and begin on my own").click();
        assertThat(light.locator("main")).containsText("Your role is saved.");
        assertThat(light.locator("main")).containsText("On your own, for now");
        assertThat(light.locator("main")).not().containsText("Your invitation");
        assertAccessible(light);

        // Her plan for hard moments and the questions she carries, written in the browser.
        open(light, "/moments/plan");
        label(light, "What helps me").fill("alone-plan A walk by the river");
        button(light, "Save my plan").click();
        assertThat(light.locator("main")).containsText("Your plan is saved.");
        assertAccessible(light);
        open(light, "/exercises/transparency.questions");
        label(light, "What you want to remember of it").fill("alone-question Why then, of all times?");
        button(light, "Save my notes").click();
        assertThat(light.locator("main")).containsText("Your notes are saved.");
        assertAccessible(light);

        // A month, in steps of twelve hours: Today every day, something written most days.
        for (int day = 1; day <= 30; day++) {
            clock.advance(Duration.ofHours(12));
            light.navigate("/moments");
            checkedElsewhere(light);
            clock.advance(Duration.ofHours(12));
            if (day % 3 == 0) {
                reflections.create(personId(nadiaEmail), new ReflectionDraft("alone-day " + day, "alone-reflection of day " + day,
                        null, null, Map.of(), null));
            }
            if (day % 4 == 0) {
                moments.log(personId(nadiaEmail), new MomentDraft("", "5", "alone-moment of day " + day, "", List.of(), "", "A walk"));
            }
            if (day % 7 == 0) {
                checkIns.save(personId(nadiaEmail), testCheckIns.answers(3, 5, 2), false);
            }
            light.navigate("/");
            assertThat(h1(light)).hasText("Hello, Nadia");
            if (day % 10 == 0) {
                assertThat(light.locator("main")).not().containsText("Waiting for your partner");
                assertThat(light.locator("main")).not().containsText("you both");
                checkedElsewhere(light);
            }
        }
        light.navigate("/");
        assertThat(light.locator("main")).containsText("Invite your partner, when and if you want");
        assertThat(light.locator("main")).containsText("Done together, if your partner joins later");
        look(light, "alone-today", PHONES.get(0), problems);
        light.navigate("/steps/boundaries");
        look(light, "alone-step-boundaries", PHONES.get(0), problems);
        light.navigate("/steps/transparency");
        look(light, "alone-step-transparency", PHONES.get(0), problems);
        light.navigate("/help/counselor");
        assertThat(light.locator("main")).containsText("your agreement is enough");
        look(light, "alone-counselor", PHONES.get(0), problems);
        light.navigate("/space");
        look(light, "alone-space", PHONES.get(0), problems);
        light.navigate("/together");
        assertThat(light.locator("main")).containsText("On your own, your consent is enough");
        light.getByText("For two, if your partner joins later").click();
        look(light, "alone-together", PHONES.get(0), problems);

        // The same screens in the dark.
        Page dark = watched(newPage(newContext(PHONES.get(1).options())), "Nadia dark", console);
        signInCheckedElsewhere(dark, nadiaEmail);
        for (String[] screen : new String[][] {{"/", "alone-today"}, {"/steps/boundaries", "alone-step-boundaries"},
                {"/steps/transparency", "alone-step-transparency"}, {"/help/counselor", "alone-counselor"}, {"/space", "alone-space"},
                {"/together", "alone-together"}}) {
            dark.navigate(screen[0]);
            look(dark, screen[1], PHONES.get(1), problems);
        }

        // A prepared disclosure, written alone: what needs a partner waits, calmly.
        open(light, "/disclosure");
        button(light, "Start writing").click();
        label(light, "What happened, in order").fill("alone-disclosure It began in March.");
        button(light, "Save the draft").click();
        assertThat(light.locator("main")).containsText("Propose a time, when your partner joins");
        assertAccessible(light);
        String disclosure = light.url().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
        look(light, "alone2-disclosure", PHONES.get(0), problems);
        dark.navigate(disclosure);
        assertAccessible(dark);
        look(dark, "alone2-disclosure", PHONES.get(1), problems);

        // She invites her partner, when she wants to.
        light.navigate("/space");
        button(light, "Invite your partner").click();
        String code = light.locator("#invitation-code").innerText().strip();
        look(light, "alone-invited", PHONES.get(0), problems);

        // Ben joins, on his own phone, in the dark, and finds nothing of her month.
        String benEmail = TestAccounts.uniqueEmail();
        Page ben = watched(newPage(newContext(PHONES.get(1).options())), "Ben", console);
        register(ben, "Ben", benEmail);
        ben.navigate("/join/" + code);
        assertAccessible(ben);
        ben.getByLabel("I broke my partner’s trust").check();
        button(ben, "Join the space").click();
        assertThat(ben).hasURL(Pattern.compile("/welcome\\?joined=1$"));
        assertAccessible(ben);
        for (String path : List.of("/", "/reflections", "/moments/reassurance", "/questions", "/check-in", "/help/counselor", "/space",
                "/disclosure")) {
            ben.navigate(path);
            assertThat(ben.locator("body")).not().containsText("alone-");
            checkedElsewhere(ben);
        }
        ben.navigate("/");
        look(ben, "partner-today", PHONES.get(1), problems);
        light.navigate("/");
        assertThat(light.locator("main")).containsText("You share a space with Ben.");
        light.navigate("/reflections");
        assertThat(light.locator("main")).containsText("alone-day 30");
        clock.reset();
        checkedElsewhere(light);

        Files.createDirectories(SHOTS);
        try (var files = Files.list(SCREENSHOTS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(alone|partner)-.*\\.png")).toList()) {
                Files.copy(f, SHOTS.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.createDirectories(Path.of("/tmp/shots/alone2"));
        try (var files = Files.list(SCREENSHOTS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("alone2-")).toList()) {
                Files.copy(f, Path.of("/tmp/shots/alone2").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        org.assertj.core.api.Assertions.assertThat(console).isEmpty();
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    private app.kintsugi.account.PersonId personId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    @Autowired
    app.kintsugi.account.Accounts accounts;
}
