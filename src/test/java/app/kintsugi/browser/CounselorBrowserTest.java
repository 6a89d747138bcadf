package app.kintsugi.browser;

import static app.kintsugi.checkin.TestCheckIns.answers;
import static app.kintsugi.checkin.TestCheckIns.strings;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.TestCheckIns;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.Reflections;

/**
 * Counselor access in four browsers: the operator, a counselor and the two partners. The counselor
 * registers and waits; the operator approves; the counselor reads their code. Ana invites them by
 * that code and agrees; Ben finds the invitation, tries to agree without ticking the box and is told
 * so next to it, then agrees, all with the keyboard. Ana shows one of her two reflections and Ben his
 * check-in scores; the counselor reads exactly those, writes a note, and Ana sees when they read it.
 * Ben ends it, and the counselor's next look finds nothing. Every page is checked with axe and saved
 * as a picture at phone width, in light and in dark.
 */
class CounselorBrowserTest extends BrowserTest {

    private static final String SHOWN_TITLE = "For our first session";
    private static final String SHOWN_TEXT = "I found the messages on the tablet in March. Since then I check his phone "
            + "every night and hate that I do.";
    private static final String KEPT_TITLE = "Just for me";
    private static final String KEPT_TEXT = "kept-private-Q7r Some nights I think about leaving and I am not ready to say it.";
    private static final String BENS_TEXT = "bens-private-H2m What I have not said yet.";
    private static final String NOTE = "Ana: checking every night, wants to stop. Ben: scores low on hope. "
            + "Start with the safety plan next session.";

    private static final String OWN_QUESTIONNAIRE = app.kintsugi.checkin.TestQuestionnaires.sleepDiary("Sleep diary (our clinic)",
            "Diario de sueño (nuestra consulta)");

    static Stream<Variant> phones() {
        return VARIANTS.stream().filter(v -> v.device().equals("phone"));
    }

    @Autowired
    Accounts accounts;

    @Autowired
    Reflections reflections;

    @Autowired
    CheckIns checkIns;

    @Autowired
    TestCheckIns checkInsFor;

    @Autowired
    app.kintsugi.checkin.Measures measures;

    @ParameterizedTest(name = "{0}")
    @MethodSource("phones")
    void aCounselorIsApprovedInvitedAgreedToReadsExactlyWhatIsShownAndLosesAccessWhenItEnds(Variant v) throws Exception {
        // Set-up through the facades: the operator's account, a couple, what they wrote, Ben's check-ins.
        String operatorEmail = TestAccounts.uniqueEmail();
        accounts.register(new NewAccount(operatorEmail, "Olga", PASSWORD, "en", "Europe/Madrid"), AccountRole.OPERATOR);
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        reflections.create(ana.id(), new ReflectionDraft(SHOWN_TITLE, SHOWN_TEXT, "The second phone, and the lies about the evenings.",
                BetrayalKind.INFIDELITY, Map.of(Emotion.HURT, 8, Emotion.FEAR, 6), "I sleep badly and cannot concentrate at work."));
        reflections.create(ana.id(), new ReflectionDraft(KEPT_TITLE, KEPT_TEXT, null, null, Map.of(), null));
        reflections.create(ben.id(), new ReflectionDraft("Not yet", BENS_TEXT, null, null, Map.of(), null));
        checkInsFor.earlierWeeks(ben, new int[] {2, 2, 3, 3, 2, 3}, new int[] {7, 7, 6, 6, 7, 5});
        checkIns.save(ben.id(), strings(answers(3, 5, 3, 3)), false);
        // Ana's PHQ-9: 4 three weeks ago, 12 now.
        clock.advance(java.time.Duration.ofDays(-21));
        try {
            measures.answer(ana.id(), "phq-9", phq9(1, 1, 1, 1, 0, 0, 0, 0, 0));
        } finally {
            clock.advance(java.time.Duration.ofDays(21));
        }
        measures.answer(ana.id(), "phq-9", phq9(2, 2, 2, 2, 1, 1, 0, 1, 1));

        String counselorEmail = TestAccounts.uniqueEmail();
        String counselorName = "Dr Marta Rivera";
        List<String> problems = new ArrayList<>();
        List<String> console = new ArrayList<>();
        Page operator = watched(newPage(newContext(v.options())), "operator", console);
        Page counselor = watched(newPage(newContext(v.options())), "counselor", console);
        Page a = watched(newPage(newContext(v.options())), "Ana", console);
        Page b = watched(newPage(newContext(v.options())), "Ben", console);

        // The counselor registers and is told they wait for approval.
        counselor.navigate("/counselor/register");
        assertThat(h1(counselor)).hasText("Register as a counselor");
        look(counselor, "counselor-register", v, problems);
        label(counselor, "Email").fill(counselorEmail);
        label(counselor, "Your name as clients know it").fill(counselorName);
        label(counselor, "Your practice").fill("Rivera Couples Practice, Calle Mayor 4, Madrid. Licensed psychologist, "
                + "registration M-12345 with the Colegio Oficial de Psicólogos.");
        label(counselor, "Password").fill(PASSWORD);
        button(counselor, "Register").click();
        assertThat(counselor).hasURL(Pattern.compile("/counselor$"));
        assertThat(counselor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Waiting for approval"))).isVisible();
        assertThat(counselor.locator(".invitation-code")).hasCount(0);
        look(counselor, "counselor-waiting", v, problems);

        // The operator signs in, finds the registration and approves it.
        operator.navigate("/sign-in");
        check(operator, "sign-in", v, problems);
        submitSignIn(operator, operatorEmail, Pattern.compile("/operator$"));
        assertThat(h1(operator)).hasText("Counselors");
        Locator registration = operator.locator("article.card").filter(new Locator.FilterOptions().setHasText(counselorEmail));
        assertThat(registration.locator(".meta")).containsText("waiting for approval");
        assertThat(registration.locator(".quote")).containsText("Rivera Couples Practice");
        look(operator, "operator", v, problems);
        registration.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve " + counselorName)).click();
        assertThat(operator).hasURL(Pattern.compile("/operator\\?decided=approved$"));
        assertThat(operator.getByRole(AriaRole.STATUS)).hasText("The counselor is approved. Couples can now invite them.");
        assertThat(registration.locator(".meta")).containsText("approved");
        assertThat(registration.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw the approval of " + counselorName)))
                .isVisible();
        look(operator, "operator-approved", v, problems);

        // The operator can also create an account; its first password is shown once, set apart to pass on.
        Locator create = operator.locator("#new");
        create.getByLabel("Email", new Locator.GetByLabelOptions().setExact(true)).fill(TestAccounts.uniqueEmail());
        create.getByLabel("Their name as clients know it", new Locator.GetByLabelOptions().setExact(true)).fill("Dr Luis Ortega");
        create.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create the account")).click();
        assertThat(operator.locator("#created h2")).hasText("Account created for Dr Luis Ortega");
        assertThat(operator.locator("#created .invitation-code")).hasText(Pattern.compile("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$"));
        look(operator, "operator-created", v, problems);

        // The counselor reloads their page and reads their code.
        counselor.reload();
        Locator codeText = counselor.locator(".invitation-code");
        assertThat(codeText).hasText(Pattern.compile("^[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        assertThat(counselor.locator("main")).containsText("No couple has invited you yet.");
        look(counselor, "counselor-home-empty", v, problems);
        String code = codeText.textContent().strip();

        // Ana invites them by that code and agrees, the box ticked with the keyboard.
        a.navigate("/sign-in");
        check(a, "sign-in", v, problems);
        submitSignIn(a, ana.email(), HOME);
        check(a, "overview", v, problems);
        a.navigate("/help/counselor");
        assertThat(h1(a)).hasText("Your counselor");
        look(a, "counselor-access-invite", v, problems);
        label(a, "Your counselor\u2019s code or email").fill(code);
        Locator consent = a.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^I agree that this counselor may read")));
        tabTo(a, consent);
        a.keyboard().press("Space");
        assertThat(consent).isChecked();
        tabTo(a, button(a, "Invite"));
        a.keyboard().press("Enter");
        assertThat(a).hasURL(Pattern.compile("/help/counselor\\?invited(#invite)?$"));
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Your invitation is sent. Ben will see it and can agree or say not now.");
        assertThat(a.locator("#counselor")).containsText("Ben has not agreed yet.");
        assertThat(a.locator("#counselor")).containsText("Rivera Couples Practice");
        assertThat(a.locator("#reads")).hasCount(0);
        look(a, "counselor-access-invited", v, problems);

        // The counselor sees an invitation, but not who else is in the couple, and cannot open it.
        counselor.reload();
        assertThat(counselor.locator(".couple-list li")).hasText("Ana invited you. Their partner has not agreed yet, so you see nothing.");
        assertThat(counselor.locator(".couple-list a")).hasCount(0);
        look(counselor, "counselor-home-waiting", v, problems);

        // Ben finds the invitation; agreeing without the box ticked says so next to it.
        b.navigate("/sign-in");
        check(b, "sign-in", v, problems);
        submitSignIn(b, ben.email(), HOME);
        check(b, "overview", v, problems);
        b.navigate("/help/counselor");
        Locator invitation = b.locator("#counselor");
        assertThat(invitation.getByRole(AriaRole.HEADING)).hasText(counselorName);
        assertThat(invitation).containsText("Ana invited " + counselorName + " as your couples counselor.");
        assertThat(invitation).containsText("Rivera Couples Practice");
        assertThat(invitation).containsText("Saying not now is fine, and Ana is not told why.");
        assertThat(b.locator("main")).not().containsText("{0}");
        assertThat(b.locator("main")).not().containsText(SHOWN_TITLE);
        look(b, "counselor-access-invitation", v, problems);
        Locator agree = b.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^I agree that this counselor may read")));
        tabTo(b, agree);
        tabTo(b, button(b, "Not now"));
        tabTo(b, button(b, "I agree"));
        b.keyboard().press("Enter");
        assertThat(b).hasURL(Pattern.compile("/help/counselor/[0-9a-f-]{36}/consent#counselor$"));
        Locator error = b.locator("#agree-error");
        assertThat(error).hasText("Please tick the box if you agree. Nothing is shown to anyone without it.");
        assertThat(agree).hasAttribute("aria-invalid", "true");
        assertThat(agree).hasAttribute("aria-describedby", "agree-error");
        assertThat(agree).not().isChecked();
        assertThat(b.getByRole(AriaRole.ALERT)).isVisible();
        Assertions.assertThat(nextTo(agree, error)).as("the message sits right under the box").isTrue();
        look(b, "counselor-access-consent-missing", v, problems);
        tabTo(b, agree);
        b.keyboard().press("Space");
        assertThat(agree).isChecked();
        tabTo(b, button(b, "I agree"));
        b.keyboard().press("Enter");
        assertThat(b).hasURL(Pattern.compile("/help/counselor\\?agreed(#counselor)?$"));
        // Said where the page opens, next to the counselor's name, not above it out of sight.
        Locator agreed = b.locator("#counselor").getByRole(AriaRole.STATUS);
        assertThat(agreed).hasText(
                "You agreed. From now on your counselor can read what each of you chooses to show them, and nothing else.");
        assertThat(agreed).isInViewport();
        assertThat(b.locator("#counselor")).containsText(counselorName + " is your counselor.");
        assertThat(b.locator("#reads")).containsText(counselorName + " has not opened anything yet.");
        look(b, "counselor-access-agreed", v, problems);

        // Ana shows one of her two reflections; Ben shows his check-in scores. Keyboard again.
        a.reload();
        Locator showOne = a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show to your counselor: " + SHOWN_TITLE));
        assertThat(a.locator("#choices .choice")).hasCount(5);
        checkedElsewhere(a);
        tabTo(a, showOne);
        a.keyboard().press("Enter");
        assertThat(a).hasURL(Pattern.compile("/help/counselor\\?shown#choices$"));
        assertThat(a.locator("#choices").getByRole(AriaRole.STATUS)).hasText("Your counselor can now read this.");
        assertThat(a.locator("#choices").getByRole(AriaRole.STATUS)).isInViewport();
        Locator shownChoice = a.locator("#choices .choice").filter(new Locator.FilterOptions().setHasText(SHOWN_TITLE));
        assertThat(shownChoice.locator(".badge")).hasText("Your counselor can read this");
        assertThat(shownChoice.getByRole(AriaRole.BUTTON)).hasText("Stop showing");
        assertThat(a.locator("#choices .choice").filter(new Locator.FilterOptions().setHasText(KEPT_TITLE)).locator(".badge"))
                .hasText("Only you");
        look(a, "counselor-access-shown", v, problems);

        b.reload();
        checkedElsewhere(b);
        Locator showScores = b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show to your counselor: My weekly check-in scores"));
        tabTo(b, showScores);
        b.keyboard().press("Enter");
        assertThat(b).hasURL(Pattern.compile("/help/counselor\\?shown#choices$"));
        assertThat(b.locator("#choices .choice-shown")).hasCount(1);
        assertThat(b.locator("#choices .choice-shown")).containsText("My weekly check-in scores");
        look(b, "counselor-access-scores-shown", v, problems);

        // Ana shows her PHQ-9, having read what the counselor will see of it: scores, never answers.
        a.navigate("/help/counselor#measures-shown");
        checkedElsewhere(a);
        Locator measureChoices = a.locator("#measures-shown");
        assertThat(measureChoices).containsText("never sees how you answered any single question");
        measureChoices.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show to your counselor: PHQ-9 (low mood)")).click();
        assertThat(a).hasURL(Pattern.compile("/help/counselor\\?measureShown#measures-shown$"));
        assertThat(a.locator("#measures-shown").getByRole(AriaRole.STATUS)).hasText("Your counselor can now see your scores on this questionnaire.");
        look(a, "counselor-access-measure-shown", v, problems);

        // The counselor adds a questionnaire of their own: checked first and shown as a person will see it, then added.
        counselor.navigate("/counselor/questionnaires");
        assertThat(h1(counselor)).hasText("Your questionnaires");
        check(counselor, "counselor-questionnaires-none", v, problems);
        label(counselor, "Definition").fill(OWN_QUESTIONNAIRE.replace("max: 4", "max: lots"));
        button(counselor, "Check it").click();
        assertThat(counselor.locator("#definition-error li").first()).containsText("Line ");
        assertThat(label(counselor, "Definition")).hasValue(OWN_QUESTIONNAIRE.replace("max: 4", "max: lots"));
        label(counselor, "Definition").fill(OWN_QUESTIONNAIRE);
        button(counselor, "Check it").click();
        assertThat(counselor.locator("#preview-heading")).hasText("As a person will see it");
        assertThat(counselor.locator(".preview-items li")).hasCount(2);
        look(counselor, "counselor-questionnaire-checked", v, problems);
        button(counselor, "Add it").click();
        assertThat(status(counselor)).containsText("Added.");
        assertThat(counselor.locator(".added-list h3")).hasText("Sleep diary (our clinic)");
        look(counselor, "counselor-questionnaires", v, problems);
        counselor.navigate("/counselor");

        // The counselor opens the couple: Ana's one reflection and Ben's scores, nothing else.
        counselor.reload();
        Locator coupleLink = counselor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ana \u00b7 Ben"));
        assertThat(coupleLink).isVisible();
        look(counselor, "counselor-home", v, problems);
        coupleLink.click();
        assertThat(counselor).hasURL(Pattern.compile("/counselor/couples/[0-9a-f-]{36}$"));
        String room = counselor.url();
        assertThat(h1(counselor)).hasText("Ana \u00b7 Ben");
        Locator anas = counselor.locator("section.partner-shown").nth(0);
        Locator bens = counselor.locator("section.partner-shown").nth(1);
        assertThat(anas.locator("h3").first()).hasText("What Ana shows you");
        assertThat(anas.locator(".shown-entry")).hasCount(1);
        assertThat(anas.locator(".shown-entry h4").first()).hasText(SHOWN_TITLE);
        assertThat(anas.locator(".shown-entry")).containsText(SHOWN_TEXT);
        assertThat(anas.locator(".shown-entry")).containsText("8 of 10");
        assertThat(bens.locator("h3").first()).hasText("What Ben shows you");
        assertThat(bens.locator(".shown-entry")).hasCount(0);
        // At a glance: each partner's summary only if they show it, what they show, and their scores side by side.
        assertThat(counselor.locator("#glance")).containsText("Ana does not show you where they are.");
        assertThat(counselor.locator("#glance")).containsText("Ben does not show you where they are.");
        Locator trends = counselor.locator("#trends");
        assertThat(trends.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Check-in scores of Ben"))).isVisible();
        assertThat(trends).containsText("Ana does not show you their scores.");
        assertThat(trends.locator("svg.trajectory-svg").first()).isVisible();
        assertThat(trends.locator(".line-mine").first()).isVisible();
        assertThat(trends.locator(".legend").first()).containsText("Scores of Ben");
        assertThat(counselor.locator("main")).not().containsText(KEPT_TITLE);
        assertThat(counselor.locator("main")).not().containsText(KEPT_TEXT);
        assertThat(counselor.locator("main")).not().containsText(BENS_TEXT);
        Locator measureRows = counselor.locator("#measures");
        assertThat(measureRows).containsText("Total: clearly worse since the time before (4 → 12)");
        assertThat(measureRows).containsText("Ben does not show you the PHQ-9 (low mood).");
        assertThat(measureRows.locator(".cutoff-line").first()).isAttached();
        look(counselor, "counselor-couple", v, problems);

        // A note of their own.
        label(counselor, "A note").fill(NOTE);
        button(counselor, "Save note").click();
        assertThat(counselor).hasURL(Pattern.compile("/counselor/couples/[0-9a-f-]{36}\\?noted#notes$"));
        assertThat(counselor.locator("#notes").getByRole(AriaRole.STATUS)).hasText("Your note is saved.");
        assertThat(counselor.locator("#notes").getByRole(AriaRole.STATUS)).isInViewport();
        assertThat(counselor.locator("#notes .note .written")).hasText(NOTE);
        look(counselor, "counselor-couple-noted", v, problems);

        // A counselor may well read it at their desk: the same page on a wide screen.
        Variant desk = VARIANTS.stream().filter(d -> d.device().equals("desktop") && d.scheme().equals(v.scheme()))
                .findFirst().orElseThrow();
        Page wide = watched(newPage(newContext(desk.options().setStorageState(counselor.context().storageState()))),
                "counselor", console);
        wide.navigate(room);
        assertThat(wide.locator(".shown-entry")).hasCount(1);
        look(wide, "counselor-couple", desk, problems);

        // Ana sees when the counselor read what she showed, and never the note.
        a.navigate("/help/counselor");
        Locator reads = a.locator("#reads li");
        assertThat(reads.first()).containsText(counselorName + " read what you showed them on ");
        assertThat(reads.first()).containsText(": one entry (3 times that day).");
        assertThat(reads).hasCount(1);
        assertThat(a.locator("main")).not().containsText(NOTE);
        look(a, "counselor-access-reads", v, problems);

        // Ben ends it; the counselor's next look finds nothing.
        b.reload();
        assertThat(b.locator("#reads li").first()).containsText(": no entries, and your check-in scores (3 times that day).");

        // Between sessions: the counselor suggests a questionnaire to both; Ana finds it on Today and on her counselor page.
        counselor.navigate(room);
        counselor.locator("#suggest-what").selectOption("measure:csi-16");
        label(counselor, "A short note (optional)").fill("Before our next session, when you have a quiet moment.");
        button(counselor, "Suggest").click();
        assertThat(counselor).hasURL(Pattern.compile("\\?suggested#suggestions$"));
        assertThat(counselor.locator("#suggestions .suggestion-answers li")).hasCount(2);
        assertThat(counselor.locator("#suggestions .suggestion-answers")).containsText("Ana: not answered yet");
        assertThat(counselor.locator("#suggestions .suggestion-answers")).containsText("Ben: not answered yet");
        look(counselor, "counselor-couple-suggested", v, problems);
        Page deskAfter = watched(newPage(newContext(desk.options().setStorageState(counselor.context().storageState()))),
                "counselor", console);
        deskAfter.navigate(room);
        look(deskAfter, "counselor-couple-suggested", desk, problems);
        a.navigate("/");
        assertThat(a.locator("main")).containsText("Your counselor suggested something for the time between sessions.");
        look(a, "today-counselor-suggestion", v, problems);
        a.navigate("/help/counselor");
        assertThat(a.locator("#suggestions article")).hasCount(1);
        assertThat(a.locator("#suggestions article h3")).hasText("CSI-16 (relationship satisfaction)");
        look(a, "counselor-access-suggestion", v, problems);
        b.navigate("/help/counselor");
        checkedElsewhere(b);
        b.locator("#end").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End it now")).click();
        assertThat(b).hasURL(Pattern.compile("/help/counselor\\?ended$"));
        assertThat(b.getByRole(AriaRole.STATUS)).hasText(
                "Counselor access has ended. From this moment your counselor can no longer open anything either of you showed them.");
        assertThat(b.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invite a counselor"))).isVisible();
        assertThat(b.locator("#choices")).hasCount(0);
        look(b, "counselor-access-ended", v, problems);

        Response after = counselor.reload();
        Assertions.assertThat(after.status()).isEqualTo(404);
        // The browser notes the expected 404 in the console; that one is not a fault of the page.
        console.removeIf(m -> m.startsWith("counselor at " + room) && m.contains("status of 404"));
        Assertions.assertThat(counselor.url()).startsWith(room);
        assertThat(h1(counselor)).hasText("We couldn\u2019t find that");
        assertThat(counselor.locator("main")).not().containsText(SHOWN_TEXT);
        assertThat(counselor.locator("main")).not().containsText(NOTE);
        look(counselor, "counselor-couple-ended", v, problems);
        // Ben can go on to the step about seeking help from here.
        b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to seeking help")).click();
        assertThat(b).hasURL(Pattern.compile("/help$"));
        assertThat(h1(b)).not().hasText("We couldn\u2019t find that");
        check(b, "step-help", v, problems);

        counselor.navigate("/counselor");
        assertThat(counselor.locator(".couple-list")).hasCount(0);
        assertThat(counselor.locator("main")).containsText("No couple has invited you yet.");
        checkedElsewhere(counselor);

        Assertions.assertThat(console).as("errors in the browser console").isEmpty();
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---------------------------------------------------------------- keyboard

    /**
     * From the start of the page's main content, presses Tab until the target has focus: it is
     * reachable by keyboard, in a sensible number of steps.
     */
    private static void tabTo(Page page, Locator target) {
        page.locator("main").focus();
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("e => e === document.activeElement")) {
                return;
            }
            passed.add(String.valueOf(page.evaluate("() => { const e = document.activeElement;"
                    + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40); }")));
        }
        fail("Not reached with Tab from the start of the main content; focus went to " + passed);
    }

    /** The message is the next thing below the box, with nothing in between. */
    private static boolean nextTo(Locator box, Locator message) {
        var boxBounds = box.boundingBox();
        var messageBounds = message.boundingBox();
        return messageBounds.y >= boxBounds.y + boxBounds.height - 1 && messageBounds.y - (boxBounds.y + boxBounds.height) < 120;
    }

    private static Map<String, String> phq9(int... values) {
        String[] ids = {"interest", "down", "sleep", "tired", "appetite", "failure", "concentrating", "moving", "self-harm"};
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(ids[i], String.valueOf(values[i]));
        }
        return out;
    }
}
