package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.transparency.AmendStatus;
import app.kintsugi.transparency.Amends;
import app.kintsugi.transparency.Disclosures;
import app.kintsugi.transparency.Feedback;
import app.kintsugi.transparency.Questions;

/**
 * Step 4 in two browsers, as a new couple would live it. Ana looks at her question first and asks
 * it as it is; Ben first gives a day that has passed (told so next to the date, his note kept),
 * then asks for time, answers, and changes his answer. Ana reads the earlier version, says she
 * still has questions, asks a follow-up in the form that opens, and says the second answer helped.
 * Ben shares something and Ana acknowledges it with a note; Ben moves an action of his amends plan
 * from planned to done and Ana acknowledges it; both read all of it on the same timeline. Each kind
 * of page is checked with axe once, in its fullest state. The pages are also saved as pictures in
 * light and dark on a phone.
 */
class TransparencyBrowserTest extends BrowserTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern ASKED = Pattern.compile("/questions/([0-9a-f-]{36})\\?asked(#q-[0-9a-f-]{36})?$");

    private static final String QUESTION = "Was she prettier than me? Is it really over between you?";
    private static final String NOTE = "I want to find the right words, not the quick ones.";
    private static final String ANSWER = "Yes, it is over. I ended it in March.";
    private static final String CHANGED = "Yes, it is over. I ended it on 3 March and have had no contact since. "
            + "She wrote once in April; I did not reply.";
    private static final String FOLLOW_UP = "Did she try to reach you again after April?";
    private static final String FOLLOW_ANSWER = "No. Nothing since that one message.";
    private static final String DISCLOSURE = "I want you to know I told my brother what I did, and that he knows it was me.";
    private static final String ACK_NOTE = "Thank you for telling me before I had to ask.";
    private static final String AMEND = "Pay back the money I took from our savings";

    @Autowired
    Questions questions;

    @Autowired
    Disclosures disclosures;

    @Autowired
    Amends amends;

    @Autowired
    app.kintsugi.program.ExerciseNotes notes;

    @Test
    void aQuestionIsDeferredAnsweredAndFollowedUpAndWhatIsSharedAndDoneReachesTheTimeline() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        List<String> console = new ArrayList<>();
        Page a = watched(newPerson(), "Ana", console);
        Page b = watched(newPerson(), "Ben", console);
        signIn(a, ana.email());

        // Ana looks at her question first: the comparing words are marked, nothing is stored.
        a.navigate("/questions");
        assertThat(h1(a)).hasText("Question box");
        checkedElsewhere(a);
        label(a, "Your question").fill(QUESTION);
        button(a, "Look at my question first").click();
        Locator guidance = a.locator("#guidance");
        assertThat(guidance.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Before you ask"))).isVisible();
        assertThat(guidance.locator("mark").first()).isVisible();
        assertThat(guidance).containsText("Comparing yourself with the other person rarely brings relief");
        assertThat(guidance).containsText("It is your question, and you can ask it as it is.");
        assertThat(label(a, "Your question")).hasValue(QUESTION);
        assertAccessible(a);
        Assertions.assertThat(questions.box(ana.id()).mine()).isEmpty();

        // Guidance, never a block: she asks it as it is.
        button(a, "Ask").click();
        assertThat(a).hasURL(ASKED);
        String q = idOf(a.url());
        assertThat(h1(a)).hasText("Your question to Ben");
        assertThat(status(a)).containsText("Your question is with Ben.");
        Locator aq = a.locator("#q-" + q);
        assertThat(aq.locator(".question-text")).hasText(QUESTION);
        assertThat(aq.locator(".status-line")).hasText("This question is still open. You can talk about it in your next conversation.");
        checkedElsewhere(a);

        // Ben signs in and finds the question on his overview.
        b.navigate("/sign-in");
        checkedElsewhere(b);
        submitSignIn(b, ben.email(), HOME);
        Locator asked = b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ana has asked you a question. You can answer it whenever you are ready."));
        assertThat(asked).isVisible();
        assertAccessible(b);
        asked.click();
        assertThat(b).hasURL(Pattern.compile("/questions/" + q + "#q-" + q + "$"));
        assertThat(h1(b)).hasText("A question from Ana");
        Locator bq = b.locator("#q-" + q);
        assertThat(bq.locator(".question-text")).hasText(QUESTION);
        assertThat(bq.locator(".meta")).containsText("Asked today");
        checkedElsewhere(b);

        // He needs time, but gives a day that has passed: told next to the date, his note and choice kept.
        bq.getByLabel("I need time", new Locator.GetByLabelOptions().setExact(true)).check();
        bq.getByLabel("What you want to say").fill(NOTE);
        setDate(bq.getByLabel("If you need time: by when will you answer?"), today.minusDays(1));
        bq.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send my response")).click();
        assertThat(b).hasURL(Pattern.compile("/questions/" + q + "/respond#r-" + q + "$"));
        assertThat(b.getByRole(AriaRole.ALERT)).containsText("Something needs your attention.");
        assertThat(b.getByRole(AriaRole.ALERT)).isInViewport();
        Locator answerBy = bq.getByLabel("If you need time: by when will you answer?");
        Locator dateField = bq.locator(".field:has(input[type=date])");
        assertThat(dateField.locator(".field-error")).hasText("That day has already passed. Please choose today or a later day.");
        assertThat(answerBy).hasAttribute("aria-invalid", "true");
        assertThat(answerBy).hasAttribute("aria-describedby", Pattern.compile("\\br-" + q + "-answerBy-error\\b"));
        assertThat(answerBy).hasValue(today.minusDays(1).toString());
        assertThat(bq.getByLabel("What you want to say")).hasValue(NOTE);
        assertThat(bq.getByLabel("What you want to say")).not().hasAttribute("aria-invalid", "true");
        assertThat(bq.getByLabel("I need time", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        assertAccessible(b);
        Assertions.assertThat(questions.thread(ben.id(), UUID.fromString(q)).first().steps()).isEmpty();

        // A day after tomorrow: Ana will see the date and his note.
        setDate(answerBy, today.plusDays(2));
        bq.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send my response")).click();
        assertThat(b).hasURL(Pattern.compile("/questions/" + q + "\\?responded#q-" + q + "$"));
        assertThat(status(b)).hasText("Your response is saved. Ana will see it here.");
        assertThat(bq.locator(".status-line"))
                .hasText("You said you need time and will answer by " + DATE.format(today.plusDays(2)) + ".");
        assertThat(bq.locator("ol.history > li")).containsText(NOTE);
        checkedElsewhere(b);

        // Then he answers, and changes the answer: the words he wrote first are kept for Ana.
        bq.getByLabel("Answer it", new Locator.GetByLabelOptions().setExact(true)).check();
        bq.getByLabel("What you want to say").fill(ANSWER);
        bq.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send my response")).click();
        assertThat(bq.locator(".answer > .written")).hasText(ANSWER);
        assertThat(bq.locator("form.respond-form")).hasCount(0);
        bq.locator("details.change-answer > summary").click();
        Locator change = bq.locator("details.change-answer textarea");
        assertThat(change).hasValue(ANSWER);
        change.fill(CHANGED);
        bq.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the new answer")).click();
        assertThat(b).hasURL(Pattern.compile("/questions/" + q + "\\?changed#q-" + q + "$"));
        assertThat(status(b)).hasText("Your answer is changed. Ana can still see what you wrote before.");
        assertThat(bq.locator(".answer > .written")).hasText(CHANGED);
        assertAccessible(b);

        // Ana hears of it, reads the new answer and the earlier one, and still has questions.
        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben has responded to your question.")).click();
        assertThat(a).hasURL(Pattern.compile("/questions/" + q + "#q-" + q + "$"));
        assertThat(aq.locator(".answer h2")).hasText("Ben\u2019s answer");
        assertThat(aq.locator(".answer > .written")).hasText(CHANGED);
        assertThat(aq.locator(".answer > .meta")).containsText("Changed on");
        assertThat(aq.locator("ol.history > li")).containsText("needs time, will answer by " + DATE.format(today.plusDays(2)));
        assertThat(aq.locator("ol.history > li")).containsText(NOTE);
        Locator earlier = aq.locator("details.earlier");
        assertThat(earlier.locator("summary")).hasText("Earlier versions (1)");
        assertThat(earlier.locator(".written")).not().isVisible();
        earlier.locator("summary").click();
        assertThat(earlier.locator(".written")).hasText(ANSWER);
        assertThat(aq.locator("form.feedback-form legend")).hasText("Did this answer help?");
        assertAccessible(a);
        aq.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I still have questions")).click();
        assertThat(a).hasURL(Pattern.compile("/questions/" + q + "\\?more=" + q + "#follow-up-" + q + "$"));
        assertThat(aq.locator(".answer .hint")).hasText("You said you still have questions.");
        assertThat(aq.locator("form.feedback-form")).hasCount(0);
        Locator followUp = a.locator("#follow-up-" + q);
        assertThat(followUp).hasJSProperty("open", true);
        Locator followUpText = followUp.getByLabel("Your follow-up question");
        assertThat(followUpText).isVisible();
        followUpText.fill(FOLLOW_UP);
        assertAccessible(a);
        followUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask").setExact(true)).click();
        assertThat(a).hasURL(ASKED);
        String f = idOf(a.url());
        Locator af = a.locator("#q-" + f);
        assertThat(af.locator(".badge")).hasText("Follow-up");
        assertThat(af.locator(".question-text")).hasText(FOLLOW_UP);
        assertThat(a.locator("article.question").first()).hasId("q-" + q);
        checkedElsewhere(a);

        // Ben answers the follow-up under the first question.
        b.navigate("/");
        checkedElsewhere(b);
        b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ana has asked you a question. You can answer it whenever you are ready.")).click();
        assertThat(b).hasURL(Pattern.compile("/questions/" + q + "#q-" + f + "$"));
        checkedElsewhere(b);
        assertThat(bq.locator(".answer .hint")).hasText("Ana still has questions.");
        Locator bf = b.locator("#q-" + f);
        assertThat(bf.getByLabel("Answer it", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        bf.getByLabel("What you want to say").fill(FOLLOW_ANSWER);
        bf.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send my response")).click();
        assertThat(b).hasURL(Pattern.compile("/questions/" + f + "\\?responded#q-" + f + "$"));
        assertThat(bf.locator(".answer > .written")).hasText(FOLLOW_ANSWER);
        checkedElsewhere(b);

        // This one helped, and Ben sees that.
        a.reload();
        checkedElsewhere(a);
        af.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("This helped")).click();
        assertThat(a).hasURL(Pattern.compile("/questions/" + f + "\\?helped#q-" + f + "$"));
        assertThat(status(a)).hasText("Thank you for saying so. Ben will see that it helped.");
        assertThat(af.locator(".answer .hint")).hasText("You said this helped.");
        checkedElsewhere(a);
        b.reload();
        assertThat(bf.locator(".answer .hint")).hasText("Ana said this helped.");

        // Ben shares something before he is asked; Ana acknowledges it with a note.
        b.navigate("/sharing");
        assertThat(h1(b)).hasText("Sharing log");
        checkedElsewhere(b);
        b.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("I want you to know\u2026")).fill(DISCLOSURE);
        button(b, "Share with Ana").click();
        assertThat(b).hasURL(Pattern.compile("/sharing\\?shared#d-[0-9a-f-]{36}$"));
        String d = b.url().replaceAll("^.*#d-", "");
        assertThat(status(b)).hasText("Shared. Ana will see it in the sharing log.");
        Locator bd = b.locator("#d-" + d);
        assertThat(bd.locator(".written")).hasText(DISCLOSURE);
        assertThat(bd).containsText("Ana has not acknowledged this yet.");
        checkedElsewhere(b);

        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben shared something they want you to know.")).click();
        assertThat(a).hasURL(Pattern.compile("/sharing#d-" + d + "$"));
        Locator ad = a.locator("#d-" + d);
        assertThat(ad.locator(".meta")).containsText("Ben shared, ");
        ad.getByLabel("Anything you want to say back (optional)").fill(ACK_NOTE);
        assertAccessible(a);
        ad.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I\u2019ve read this")).click();
        assertThat(a).hasURL(Pattern.compile("/sharing\\?acknowledged#d-" + d + "$"));
        assertThat(status(a)).hasText("Acknowledged. Ben will see it.");
        assertThat(ad).containsText("You acknowledged this on " + DATE.format(today) + ".");
        assertThat(ad.locator(".quote")).hasText(ACK_NOTE);
        assertThat(ad.locator("form")).hasCount(0);
        checkedElsewhere(a);
        b.reload();
        assertThat(bd).containsText("Ana acknowledged this on " + DATE.format(today) + ".");
        assertThat(bd.locator(".quote")).hasText(ACK_NOTE);

        // Ben plans an action, starts it and completes it; Ana acknowledges it.
        b.navigate("/amends");
        assertThat(h1(b)).hasText("Amends plan");
        checkedElsewhere(b);
        label(b, "What will you do?").fill(AMEND);
        setDate(label(b, "By when?"), today.plusDays(7));
        button(b, "Add to the plan").click();
        assertThat(b).hasURL(Pattern.compile("/amends\\?added#a-[0-9a-f-]{36}$"));
        String m = b.url().replaceAll("^.*#a-", "");
        assertThat(status(b)).hasText("Added to your plan. Ana can see it.");
        Locator bm = b.locator("#a-" + m);
        assertThat(bm.locator(".amend-text")).hasText(AMEND);
        assertThat(bm.locator(".badge")).hasText("Planned");
        assertThat(bm.locator(".meta")).containsText("By " + DATE.format(today.plusDays(7)));
        assertAccessible(b);
        bm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I\u2019ve started")).click();
        assertThat(b).hasURL(Pattern.compile("/amends\\?moved#a-" + m + "$"));
        assertThat(bm.locator(".badge")).hasText("In progress");
        checkedElsewhere(b);
        bm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("It\u2019s done")).click();
        assertThat(bm.locator(".badge")).hasText("Done");
        assertThat(bm.locator(".meta")).containsText("Done on " + DATE.format(today));
        assertThat(bm).containsText("Ana can acknowledge it.");
        assertThat(bm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Not done after all"))).isVisible();
        assertThat(bm.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Change"))).hasCount(0);

        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben completed an action of their amends plan.")).click();
        assertThat(a).hasURL(Pattern.compile("/amends#a-" + m + "$"));
        Locator am = a.locator("#a-" + m);
        assertThat(am.locator(".badge")).hasText("Done");
        assertThat(am.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("It\u2019s done"))).hasCount(0);
        assertAccessible(a);
        am.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I see what you did")).click();
        assertThat(a).hasURL(Pattern.compile("/amends\\?acknowledged#a-" + m + "$"));
        assertThat(status(a)).hasText("Acknowledged. Ben will see it.");
        assertThat(am).containsText("You acknowledged this on " + DATE.format(today) + ".");
        checkedElsewhere(a);

        // Both read the same timeline, newest first, each in their own words.
        for (Page p : List.of(a, b)) {
            boolean isAna = p == a;
            p.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("In this step"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("What has been done")).click();
            assertThat(p).hasURL(Pattern.compile("/accountability$"));
            assertThat(h1(p)).hasText("What has been done");
            Locator items = p.locator("ol.accountability > li");
            assertThat(items.locator(".what")).hasText(isAna
                    ? new String[] {"Ben completed an action of their amends plan", "Ben shared something with you",
                            "Ben answered your question", "Ben answered your question"}
                    : new String[] {"You completed an action of your amends plan", "You shared something with Ana",
                            "You answered Ana\u2019s question", "You answered Ana\u2019s question"});
            assertThat(items.locator(".written")).hasText(new String[] {AMEND, DISCLOSURE, FOLLOW_UP, QUESTION});
            assertThat(items.nth(0).locator(".badge")).hasText("Acknowledged");
            assertThat(items.nth(1).locator(".badge")).hasText("Acknowledged");
            assertThat(p.locator("nav.pager")).hasCount(0);
            if (isAna) {
                assertAccessible(p);
            } else {
                checkedElsewhere(p);
            }
            items.nth(2).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open")).click();
            assertThat(p).hasURL(Pattern.compile("/questions/" + q + "#q-" + f + "$"));
            assertThat(p.locator("#q-" + f + " .answer > .written")).hasText(FOLLOW_ANSWER);
            checkedElsewhere(p);
        }

        Assertions.assertThat(console).as("errors in the browser console").isEmpty();
    }

    // ---------------------------------------------------------------- screenshots

    @Test
    @org.junit.jupiter.api.Tag("screenshots")
    void theStepFourPagesInEveryVariant() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : PHONES) {
            TestCouple couple = testCouples.of("Ana", "Ben");
            TestPerson ana = couple.first();
            TestPerson ben = couple.second();
            LocalDate today = LocalDate.now(clock.withZone(MADRID));
            UUID q = aThreadWithEverything(ana, ben, today);
            UUID open = questions.ask(ana.id(), "Who else knows about it, and since when?");
            aSharingLog(ana, ben);
            aPlanInEveryState(ana, ben, today);

            Page a = newPage(newContext(v.options()));
            Page b = newPage(newContext(v.options()));
            signInCollecting(a, ana.email(), v, problems);
            signInCollecting(b, ben.email(), v, problems);

            // The questions Ana wrote down for herself wait beside the box; one goes in, nothing is sent.
            notes.save(ana.id(), "transparency.questions", "- Did you think of leaving?\n- What did you tell your friends?\n", -1);
            a.navigate("/questions");
            a.getByText("From “The questions I carry” (2)").click();
            a.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Put “What did you tell your friends?” in the box")).click();
            assertThat(label(a, "Your question")).hasValue("What did you tell your friends?");
            look(a, "questions-carried", v, problems);

            // The question box with the guidance shown.
            a.navigate("/questions");
            check(a, "questions", v, problems);
            label(a, "Your question").fill("Was she prettier than me? What did you do together that night, step by step?");
            button(a, "Look at my question first").click();
            assertThat(a.locator("#guidance mark").first()).isVisible();
            look(a, "questions-guidance", v, problems);

            // The thread as Ana reads it, with the earlier answer open; a new question as Ben answers it.
            a.navigate("/questions/" + q);
            a.locator("details.earlier > summary").click();
            assertThat(a.locator("form.feedback-form")).hasCount(1);
            look(a, "question-thread", v, problems);
            b.navigate("/questions/" + open);
            assertThat(b.locator("form.respond-form")).hasCount(1);
            look(b, "question-respond", v, problems);
            Locator respond = b.locator("form.respond-form");
            respond.getByLabel("I need time", new Locator.GetByLabelOptions().setExact(true)).check();
            respond.getByLabel("What you want to say").fill("Give me until the weekend, please.");
            setDate(respond.getByLabel("If you need time: by when will you answer?"), today.minusDays(1));
            respond.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send my response")).click();
            assertThat(b.locator("form.respond-form .field-error")).isVisible();
            look(b, "question-respond-errors", v, problems);

            // The sharing log, as each of them sees it.
            b.navigate("/sharing");
            look(b, "sharing", v, problems);
            a.navigate("/sharing");
            look(a, "sharing-partner", v, problems);

            // The amends plan with an action in each state, and Ana's view with one to acknowledge.
            b.navigate("/amends");
            look(b, "amends", v, problems);
            a.navigate("/amends");
            look(a, "amends-partner", v, problems);

            // What has been done.
            a.navigate("/accountability");
            look(a, "accountability", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    /**
     * A question Ben first needed time for, then answered and changed; Ana still had questions, and
     * Ben has answered her follow-up, a long address in it.
     */
    private UUID aThreadWithEverything(TestPerson ana, TestPerson ben, LocalDate today) {
        UUID q = questions.ask(ana.id(), QUESTION);
        questions.respond(ben.id(), q, 0, "NEED_TIME", NOTE, today.plusDays(2).toString());
        questions.respond(ben.id(), q, version(ben, q), "ANSWER", ANSWER, "");
        questions.changeAnswer(ben.id(), q, version(ben, q), CHANGED);
        questions.feedback(ana.id(), q, version(ana, q), Feedback.MORE_QUESTIONS);
        UUID f = questions.followUp(ana.id(), q, FOLLOW_UP);
        questions.respond(ben.id(), f, 0, "ANSWER", "No. She wrote from https://mail.example.org/conversations/2024/04/"
                + "thread-7f3a9c2e1b and I deleted it without answering.", "");
        return q;
    }

    private long version(TestPerson who, UUID q) {
        return questions.thread(who.id(), q).first().version();
    }

    /** One thing shared and acknowledged with a note, and one that waits for Ana. */
    private void aSharingLog(TestPerson ana, TestPerson ben) {
        UUID first = disclosures.share(ben.id(), DISCLOSURE);
        disclosures.acknowledge(ana.id(), first, ACK_NOTE);
        disclosures.share(ben.id(), "I deleted the second account. It was listed under "
                + "https://accounts.example.org/settings/security/connected-devices?session=a1b2c3d4e5f6 and is gone now.");
    }

    /** Planned, in progress, done and acknowledged, and done and waiting for Ana. */
    private void aPlanInEveryState(TestPerson ana, TestPerson ben, LocalDate today) {
        amends.plan(ben.id(), "Tell my sister the truth about what happened", today.plusDays(14).toString());
        UUID started = amends.plan(ben.id(), "Find a counselor we both feel safe with", today.plusDays(7).toString());
        amends.setStatus(ben.id(), started, 0, AmendStatus.IN_PROGRESS);
        UUID acknowledged = amends.plan(ben.id(), "Close the account she used to write to me", today.plusDays(1).toString());
        amends.setStatus(ben.id(), acknowledged, 0, AmendStatus.DONE);
        amends.acknowledge(ana.id(), acknowledged, "I saw it. Thank you.");
        UUID done = amends.plan(ben.id(), AMEND, today.plusDays(3).toString());
        amends.setStatus(ben.id(), done, 0, AmendStatus.DONE);
    }

    // ---------------------------------------------------------------- helpers

    private static String idOf(String url) {
        Matcher m = ASKED.matcher(url);
        Assertions.assertThat(m.find()).as("a question's address: %s", url).isTrue();
        return m.group(1);
    }
}
