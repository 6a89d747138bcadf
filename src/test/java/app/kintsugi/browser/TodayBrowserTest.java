package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.responsibility.Answer;
import app.kintsugi.responsibility.Apologies;
import app.kintsugi.safety.SafetyAnswers;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;

/**
 * A couple's first week through Today, in two browsers on phones: Ana registers, is welcomed and
 * invites Ben with a message she can copy; Ben follows the link before he has an account, is told who
 * invited him, registers and joins. Over the week each one's Today says what is due, what waits and
 * what they wait for, and the short answers are given right there.
 */
class TodayBrowserTest extends BrowserTest {

    private static final Variant ANA = VARIANTS.get(0);
    private static final Variant BEN = VARIANTS.get(1);

    @Autowired
    Accounts accounts;
    @Autowired
    SafetyChecks safety;
    @Autowired
    Commitments commitments;
    @Autowired
    Questions questions;
    @Autowired
    Apologies apologies;

    @Test
    void aCoupleFirstWeekRunsThroughToday() throws Exception {
        List<String> problems = new ArrayList<>();
        // Both live in Madrid, as their phones say, so "today" is Madrid's even when it is still
        // yesterday in UTC. The week is walked up to today: sessions are stamped with the real time,
        // and the test clock never runs ahead of it, so nobody is signed out by the simulated days.
        clock.advance(Duration.ofDays(-6));
        Page ana = newPage(newContext(ANA.options().setTimezoneId(MADRID.getId())));
        Page ben = newPage(newContext(BEN.options().setTimezoneId(MADRID.getId())));
        String anaEmail = TestAccounts.uniqueEmail();
        String benEmail = TestAccounts.uniqueEmail();

        // Ana registers and reads the welcome, three screens.
        ana.navigate("/register");
        check(ana, "register", ANA, problems);
        ana.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(anaEmail);
        ana.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).fill("Ana");
        ana.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
        assertThat(ana).hasURL(Pattern.compile("/welcome$"));
        look(ana, "welcome-1", ANA, problems);
        ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("What stays private, and how sharing works");
        look(ana, "welcome-2", ANA, problems);
        ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).click();
        look(ana, "welcome-3", ANA, problems);
        ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to Today")).click();
        assertThat(ana).hasURL(Pattern.compile("/$"));
        assertThat(ana.getByText("Nothing is due today, and nothing waits for you.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        look(ana, "today-new", ANA, problems);

        // She starts a space; the invitation comes with a message she can change and copy.
        ana.navigate("/space");
        check(ana, "space", ANA, problems);
        ana.getByLabel("I was hurt by what happened", new Page.GetByLabelOptions().setExact(true)).check();
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the space and get an invitation")).click();
        String link = ana.locator("#invitation-link").textContent().strip();
        Assertions.assertThat(ana.getByLabel("A message you can send with it").inputValue()).contains(link);
        assertThat(ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy the message"))).isVisible();
        look(ana, "invitation", ANA, problems);

        // The link is on the configured public address (http://localhost in tests), never on the host the
        // request named; Ben follows it (on the test server's port) without an account: he is told who
        // invited him and registers first.
        Assertions.assertThat(link).startsWith("http://localhost/join/");
        ben.navigate(java.net.URI.create(link).getRawPath());
        assertThat(ben.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ana has invited you");
        look(ben, "invited", BEN, problems);
        ben.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create my account")).click();
        check(ben, "register", BEN, problems);
        ben.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(benEmail);
        ben.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).fill("Ben");
        ben.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
        assertThat(ben).hasURL(Pattern.compile("/join/"));
        check(ben, "join", BEN, problems);
        ben.getByLabel("I broke my partner\u2019s trust", new Page.GetByLabelOptions().setExact(true)).check();
        ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the space")).click();
        assertThat(ben.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome. You have joined Ana\u2019s space.");
        look(ben, "welcome-joined", BEN, problems);

        // Both take the safety check (its own flow is tested elsewhere); the navigation then loses it.
        var ids = List.of(accounts.findByEmail(anaEmail).orElseThrow().id(), accounts.findByEmail(benEmail).orElseThrow().id());
        ids.forEach(id -> safety.record(id, SafetyAnswers.allClear()));
        var anaId = ids.get(0);
        var benId = ids.get(1);

        // Day 1: Ben makes a promise he shares; Ana asks a question.
        LocalDate day1 = LocalDate.now(clock.withZone(MADRID));
        UUID walk = commitments.create(benId, new CommitmentDraft("A walk together after dinner", "DAILY", List.of(),
                day1.toString(), "", "PARTNER"));
        questions.ask(anaId, "Who else knew?");

        ben.navigate("/");
        assertThat(ben.locator(".main-nav")).not().containsText("Safety check");
        assertThat(ben.locator("#today")).containsText("Check in on today\u2019s commitment");
        assertThat(ben.locator("#today")).containsText("A walk together after dinner");
        assertThat(ben.locator("#today")).containsText("Ana has asked you a question.");
        look(ben, "today-due", BEN, problems);
        ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I kept it")).click();
        assertThat(ben).hasURL(Pattern.compile("/\\?checkedIn#today$"));
        assertThat(ben.getByRole(AriaRole.STATUS)).containsText("Your check-in is saved");
        assertThat(ben.locator("#today")).containsText("Your check-in on a shared commitment is with Ana.");
        look(ben, "today-after-check-in", BEN, problems);

        ana.navigate("/");
        assertThat(ana.locator("#today")).containsText("Ben says they kept a commitment you share.");
        assertThat(ana.locator("#today")).containsText("Your question is with Ben.");
        look(ana, "today-from-partner", ANA, problems);
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("That matches what I saw")).click();
        assertThat(ana).hasURL(Pattern.compile("/\\?confirmed#today$"));
        assertThat(ana.locator("#today")).not().containsText("Ben says they kept");
        check(ana, "today-confirmed", ANA, problems);

        // Over the week: each day the promise is due again for Ben, and only for him.
        for (int day = 2; day <= 6; day++) {
            clock.advance(Duration.ofDays(1));
            ben.navigate("/");
            assertThat(ben.locator("#today")).containsText("Check in on today\u2019s commitment");
            check(ben, "today-day-" + day, BEN, problems);
            ben.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(day == 4 ? "Partly" : "I kept it")).click();
            assertThat(ben.getByRole(AriaRole.STATUS)).containsText("Your check-in is saved");
            check(ben, "today-day-" + day + "-saved", BEN, problems);
        }

        // Ben sends an apology; Ana opens it from Today, answers, and finds it again in two taps.
        UUID apology = apologies.createDraft(benId, "I am sorry for the lies, and for what they did to you.");
        apologies.send(benId, apology, 0);
        ben.navigate("/");
        assertThat(ben.locator("#today")).containsText("Your apology is with Ana.");
        check(ben, "today-apology-sent", BEN, problems);
        ana.navigate("/");
        // Five days wait for her answer: one line, to the commitment, not five.
        assertThat(ana.locator("#today")).containsText("Ben checked in on several days of a commitment you share.");
        assertThat(ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("That matches what I saw"))).hasCount(0);
        look(ana, "today-week", ANA, problems);
        ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben has sent you an apology.")).first().click();
        assertThat(ana).hasURL(Pattern.compile("/apologies/" + apology));
        check(ana, "apology", ANA, problems);
        apologies.answer(anaId, apology, Answer.PARTLY, null, Visibility.PRIVATE);

        ana.navigate("/");
        check(ana, "today-later", ANA, problems);
        ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Everything you have received")).click();
        look(ana, "inbox-history", ANA, problems);
        ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben has sent you an apology.")).click();
        assertThat(ana).hasURL(Pattern.compile("/apologies/" + apology));
        check(ana, "apology-again", ANA, problems);

        ben.navigate("/");
        assertThat(ben.locator("#today")).containsText("Ana answered your apology.");
        assertThat(ben.locator("#today")).not().containsText("Your apology is with Ana.");
        look(ben, "today-answered", BEN, problems);

        // The step shows what Ben did: a week of kept days counts the commitments exercise as done.
        assertThat(ben.locator(".steps")).containsText("done");
        ben.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Together").setExact(true)).click();
        look(ben, "together", BEN, problems);
        ana.navigate("/exercises/understanding.basics");
        look(ana, "exercise-notepad", ANA, problems);
        ana.navigate("/?lang=es");
        assertThat(ana.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hoy").setExact(true))).isVisible();
        look(ana, "today-es", ANA, problems);
        ana.navigate("/?lang=en");
        check(ana, "today-en", ANA, problems);

        Assertions.assertThat(problems).isEmpty();
    }
}
