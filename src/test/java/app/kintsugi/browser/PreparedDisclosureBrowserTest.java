package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * A prepared disclosure in three browsers. Ben writes it in two sittings, shows the draft to the
 * counselor they both agreed to, who leaves him a note back; he proposes a time; Ana agrees
 * and chooses to read it together; Ben gives it. Ana reads it with the care bar at hand, says the
 * timeline answers what she needed, asks about what was hidden, and later sees what Ben added, apart
 * from the parts and labelled as an addition. Each page is checked with axe in its fullest state.
 */
class PreparedDisclosureBrowserTest extends BrowserTest {

    private static final String TIMELINE = "From March to June 2025, about twice a month, after work.";
    private static final String HIDDEN = "A second phone, kept in the car, and the hotel paid from my own account.";
    private static final String WHO_KNOWS = "My brother knows, and one colleague.";
    private static final String CONTACT = "None since 14 June. I blocked her number and left the team.";
    private static final String QUESTION = "Where is the second phone now?";
    private static final String ADDITION = "I also met her once more, in September, to return her things.";

    private static final String NOTE_BACK = "Clear and complete. Say when it ended, in one sentence, at the start.";

    @org.springframework.beans.factory.annotation.Autowired
    app.kintsugi.account.Accounts accounts;

    @org.springframework.beans.factory.annotation.Autowired
    app.kintsugi.counselor.Counselors counselors;

    @org.springframework.beans.factory.annotation.Autowired
    app.kintsugi.counselor.CounselorLinks links;

    @Test
    void draftedInTwoSittingsGivenReadMarkedAskedAboutAndAddedTo() {
        TestCouple couple = testCouples.feelingSafe("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        // A counselor both of them agreed to, set up through the facades.
        var operator = accounts.register(new app.kintsugi.account.NewAccount(app.kintsugi.account.TestAccounts.uniqueEmail(), "Olga",
                PASSWORD, "en", "Europe/Madrid"), app.kintsugi.account.AccountRole.OPERATOR);
        String counselorEmail = app.kintsugi.account.TestAccounts.uniqueEmail();
        var counselorPerson = counselors.register(new app.kintsugi.account.NewAccount(counselorEmail, "Marta", PASSWORD, "en",
                "Europe/Madrid"), "A practice in town");
        counselors.decide(operator.id(), counselorPerson.id(), app.kintsugi.counselor.CounselorStatus.APPROVED,
                counselors.find(counselorPerson.id()).orElseThrow().version());
        var link = links.invite(ben.id(), counselors.find(counselorPerson.id()).orElseThrow().code(), true).id();
        links.consent(ana.id(), link);
        List<String> console = new ArrayList<>();
        Page b = watched(newPerson(), "Ben", console);
        Page a = watched(newPerson(), "Ana", console);
        signInCheckedElsewhere(b, ben.email());

        // First sitting: Ben starts, reads the guidance, writes two parts and saves.
        b.navigate("/disclosure");
        assertThat(h1(b)).hasText("A prepared disclosure");
        assertAccessible(b);
        button(b, "Start writing").click();
        assertThat(h1(b)).hasText("Your prepared disclosure");
        assertThat(b.locator(".guidance")).containsText("Graphic or sexual detail");
        assertThat(b.locator("#pause")).isVisible();
        label(b, "What happened, in order").fill(TIMELINE);
        label(b, "What was hidden").fill(HIDDEN);
        button(b, "Save the draft").click();
        assertThat(status(b).first()).containsText("Saved.");
        assertThat(b.locator("#write .meta")).containsText("Last saved");
        checkedElsewhere(b);
        String address = b.url().replaceAll("[?#].*$", "");
        String id = address.replaceAll("^.*/disclosure/", "");

        // Second sitting: he comes back from the step's page and continues where he stopped.
        b.navigate("/disclosure");
        assertAccessible(b);
        link(b, "Continue writing").click();
        checkedElsewhere(b);
        assertThat(label(b, "What happened, in order")).hasValue(TIMELINE);
        assertThat(label(b, "What was hidden")).hasValue(HIDDEN);
        label(b, "Who knows").fill(WHO_KNOWS);
        label(b, "Contact now").fill(CONTACT);
        button(b, "Save the draft").click();
        assertThat(status(b).first()).containsText("Saved.");
        checkedElsewhere(b);

        // He asks his counselor to read it first: shown the usual way, on the counselor page.
        b.navigate("/help/counselor#choices");
        checkedElsewhere(b);
        b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show to your counselor: " + TIMELINE)).click();
        assertThat(b.locator("#choices").getByRole(AriaRole.STATUS)).hasText("Your counselor can now read this.");
        assertAccessible(b);

        // The counselor reads it, read-only, and leaves one note back.
        Page c = watched(newPerson(), "Marta", console);
        signIn(c, counselorEmail, Pattern.compile("/counselor$"));
        c.navigate("/counselor/couples/" + link);
        Locator shown = c.locator("article.shown-entry").filter(new Locator.FilterOptions().setHasText(HIDDEN));
        assertThat(shown).containsText(TIMELINE);
        assertThat(shown.locator("textarea[name=timeline]")).hasCount(0);
        shown.getByLabel("Your note").fill(NOTE_BACK);
        assertAccessible(c);
        shown.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send the note to Ben")).click();
        assertThat(c.locator(".review-note .written")).hasText(NOTE_BACK);
        assertAccessible(c);

        // Ben reads the note next to his draft.
        b.navigate(address);
        assertThat(b.locator("#review .written")).hasText(NOTE_BACK);
        checkedElsewhere(b);

        // He proposes a time for tomorrow evening.
        Locator meeting = b.locator("#meeting");
        setDate(meeting.getByLabel("Day", new Locator.GetByLabelOptions().setExact(true)), LocalDate.now(clock.withZone(MADRID)).plusDays(1));
        meeting.getByLabel("Time", new Locator.GetByLabelOptions().setExact(true)).fill("19:00");
        assertAccessible(b);
        meeting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose this time to Ana")).click();
        assertThat(status(b).first()).containsText("Proposed.");
        assertThat(b.locator("#meeting")).containsText("Waiting for Ana to answer.");
        assertAccessible(b);

        // Ana is told, sees the meeting and none of the text, and chooses to read it together.
        signInCheckedElsewhere(a, ana.email());
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Ben proposed a time for a prepared disclosure"))).click();
        assertThat(h1(a)).hasText("What Ben prepared for you");
        Assertions.assertThat(a.content()).doesNotContain("twice a month").doesNotContain("second phone");
        a.locator("form[action*='/accept']").getByLabel("Together, the two of us").check();
        assertAccessible(a);
        button(a, "This time works for me").click();
        assertThat(status(a).first()).containsText("Agreed.");
        assertAccessible(a);

        // At the time they agreed, Ben gives it.
        b.navigate(address);
        assertThat(b.locator("#meeting")).containsText("It will be read together");
        assertAccessible(b);
        button(b, "Give it to Ana now").click();
        assertThat(status(b).first()).containsText("Given.");
        checkedElsewhere(b);

        // Ana reads it part by part, with the care bar at hand.
        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Ben gave you their prepared disclosure"))).click();
        assertThat(a.locator("#part-timeline .written")).hasText(TIMELINE);
        assertThat(a.locator("#part-contact-now .written")).hasText(CONTACT);
        assertThat(a.locator("#pause")).containsText("This feels overwhelming");
        assertThat(button(a, "Take a 20-minute break")).isVisible();
        assertAccessible(a);

        // The timeline answers what she needed to know.
        a.locator("#part-timeline").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Answered to my satisfaction")).click();
        assertThat(a.locator("#part-timeline .part-mark")).hasText("You said this part answers what you needed to know.");
        checkedElsewhere(a);

        // She asks about what was hidden: the question says which part it is about.
        Locator hidden = a.locator("#part-hidden");
        hidden.locator("summary").click();
        hidden.getByLabel("Your question").fill(QUESTION);
        hidden.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask Ben")).click();
        assertThat(a).hasURL(Pattern.compile("/questions/[0-9a-f-]{36}\\?asked"));
        assertThat(a.locator(".about-part")).hasText("About: What was hidden");
        assertAccessible(a);
        a.navigate("/disclosure/" + id + "#part-hidden");
        assertThat(a.locator("#part-hidden .part-questions")).containsText(QUESTION);
        checkedElsewhere(a);

        // Later, Ben adds something; Ana sees it apart, as an addition.
        b.navigate(address);
        assertThat(b.locator("#part-timeline .part-mark")).hasText("Ana said this part answers what they needed to know.");
        b.getByLabel("What you are adding").fill(ADDITION);
        assertAccessible(b);
        button(b, "Add it for Ana").click();
        assertThat(status(b).first()).containsText("Added.");
        checkedElsewhere(b);

        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Ben added something to their disclosure"))).click();
        Locator addition = a.locator("article.addition");
        assertThat(addition.locator(".written")).hasText(ADDITION);
        assertThat(addition.locator(".meta")).containsText("after the disclosure was given");
        assertThat(addition.locator(".badge")).hasText("New");
        assertThat(a.locator("#part-timeline .written")).hasText(TIMELINE);
        assertAccessible(a);
        Assertions.assertThat(console).isEmpty();

        // How both pages look on a phone, light and dark: the reading page and the author's own.
        List<String> problems = new ArrayList<>();
        for (Variant v : PHONES) {
            try {
                Page reader = newPage(newContext(v.options()));
                signInCheckedElsewhere(reader, ana.email());
                reader.navigate("/disclosure/" + id);
                look(reader, "disclosure-reading", v, problems);
                Page author = newPage(newContext(v.options()));
                signInCheckedElsewhere(author, ben.email());
                author.navigate("/disclosure/" + id);
                look(author, "disclosure-author", v, problems);
            } catch (Exception e) {
                problems.add(v + ": " + e);
            }
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
