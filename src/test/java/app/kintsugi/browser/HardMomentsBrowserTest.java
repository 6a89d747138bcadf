package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.moments.HardMoments;
import app.kintsugi.moments.MomentDraft;

/**
 * Hard moments in two browsers on phones, as a couple would live them. Ana writes what she would like
 * to receive in a hard moment and Ben accepts it. A reminder hits: from her overview Ana notes it in two
 * taps (the "Hard moment" control, then how strong) and lets Ben know; Ben's Today says only that she is
 * having a hard moment and he answers in one tap; Ana sees his answer. With three earlier weeks written
 * into the past, her log shows hard moments coming less often; a date she marked appears on Today ahead
 * of time, and what she asked of Ben for it on his. Every page
 * is looked at in light and dark and checked with axe.
 */
class HardMomentsBrowserTest extends BrowserTest {

    private static final String TRIGGER = "Our song came on in the supermarket";

    @Autowired
    HardMoments moments;

    @Autowired
    app.kintsugi.moments.Repairs repairs;

    /**
     * After a talk that went badly: Ana starts going over it and writes her side in the browser; Ben
     * writes his; once both have shared, each reads the two side by side. Looked at in light and dark.
     */
    @Test
    void aTalkThatWentBadlyIsGoneOverAndBothSidesAreReadTogether() throws Exception {
        var couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        List<String> problems = new ArrayList<>();
        Page a = newPage(newContext(PHONES.get(0).options()));
        signInCheckedElsewhere(a, ana.email());
        a.navigate("/hard-moment");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("After a talk that went badly")).click();
        assertAccessible(a);
        label(a, "Which talk, in a few words").fill("Sunday lunch at my parents");
        button(a, "Start").click();
        assertThat(status(a)).containsText("Started.");
        assertAccessible(a);
        a.getByLabel("hurt", new Page.GetByLabelOptions().setExact(true)).check();
        a.getByLabel("not listened to", new Page.GetByLabelOptions().setExact(true)).check();
        label(a, "How I saw it").fill("I felt left out when the conversation turned to your work trips.");
        label(a, "What I own of how it went").fill("I went quiet and then left the table.");
        button(a, "Save for me").click();
        assertThat(status(a)).hasText("Saved, for you only.");
        checkedElsewhere(a);
        button(a, "Share my side").click();
        assertThat(a.getByRole(AriaRole.STATUS).last()).containsText("You will see both once Ben shares theirs.");
        checkedElsewhere(a);
        java.util.UUID id = repairs.list(ana.id()).get(0).id();
        repairs.save(ben.id(), id, -1, new app.kintsugi.moments.RepairDraft(List.of("DEFENSIVE", "WORRIED"),
                "I thought you were upset with my parents, not with me.", "", "I changed the subject too fast.",
                "Ask you how you are before I answer."));
        repairs.share(ben.id(), id);
        for (var v : PHONES) {
            Page p = newPage(newContext(v.options().setStorageState(a.context().storageState())));
            p.navigate("/repairs/" + id);
            assertThat(p.locator("#both")).containsText("I thought you were upset with my parents, not with me.");
            assertThat(p.locator("#both")).containsText("I felt left out when the conversation turned to your work trips.");
            look(p, "repair-both", v, problems);
            p.navigate("/repairs");
            look(p, "repairs", v, problems);
            p.context().close();
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    @Test
    void aHardMomentIsNotedInTwoTapsReassuranceIsAskedAndGivenAndTheLogShowsItEasing() throws Exception {
        var couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        List<String> problems = new ArrayList<>();
        List<String> console = new ArrayList<>();
        Page a = watched(newPage(newContext(PHONES.get(0).options())), "Ana", console);
        Page b = watched(newPage(newContext(PHONES.get(0).options())), "Ben", console);
        signInCheckedElsewhere(a, ana.email());
        signInCheckedElsewhere(b, ben.email());

        // Ana writes what she would like to receive; Ben finds it on Today and accepts it.
        a.navigate("/moments/reassurance");
        assertAccessible(a);
        label(a, "Something I would like to receive").fill("Tell me where you are");
        button(a, "Ask my partner to accept this").click();
        assertThat(status(a)).hasText("Sent to your partner to accept.");
        assertAccessible(a);
        b.navigate("/");
        checkedElsewhere(b);
        b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ana wrote what they would like to receive in a hard moment. You can accept what you can give.")).click();
        assertThat(b.locator("#partner-lines .written")).hasText("Tell me where you are");
        assertAccessible(b);
        button(b, "Yes, I can").click();
        assertThat(status(b)).containsText("Accepted.");
        checkedElsewhere(b);

        // A reminder hits: two taps from the overview note it.
        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hard moment").setExact(true)).click();
        assertThat(a).hasURL(Pattern.compile("/hard-moment$"));
        checkedElsewhere(a);
        assertThat(h1(a)).hasText("A hard moment");
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Strength 7 of 10")).click();
        assertThat(status(a)).containsText("Noted.");
        checkedElsewhere(a);
        Assertions.assertThat(moments.entries(ana.id())).hasSize(1);
        Assertions.assertThat(moments.entries(ana.id()).get(0).strength()).isEqualTo(7);
        for (var v : PHONES) {
            Page p = newPage(newContext(v.options().setStorageState(a.context().storageState())));
            p.navigate(a.url());
            look(p, "hard-moment", v, problems);
            p.context().close();
        }
        // She adds what set it off, then lets Ben know.
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add more to it")).click();
        assertAccessible(a);
        label(a, "What set it off").fill(TRIGGER);
        label(a, "What helped").fill("Sitting in the car for a while");
        button(a, "Save").click();
        assertThat(status(a)).hasText("Saved.");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hard moment").setExact(true)).click();
        checkedElsewhere(a);
        button(a, "I’m having a hard moment").click();
        assertThat(status(a)).hasText("Ben has been told you are having a hard moment, and nothing more.");
        assertAccessible(a);

        // Ben is told only that; one tap answers.
        b.navigate("/");
        Locator item = b.locator(".today-item", new Page.LocatorOptions().setHasText("Ana is having a hard moment"));
        assertThat(item).isVisible();
        checkedElsewhere(b);
        Assertions.assertThat(b.content()).doesNotContain(TRIGGER).doesNotContain("Sitting in the car");
        for (var v : PHONES) {
            Page p = newPage(newContext(v.options().setStorageState(b.context().storageState())));
            p.navigate("/");
            look(p, "hard-moment-today-partner", v, problems);
            p.context().close();
        }
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tell me where you are")).click();
        assertThat(status(b)).hasText("Your answer is sent.");
        checkedElsewhere(b);
        for (var v : PHONES) {
            Page p = newPage(newContext(v.options().setStorageState(b.context().storageState())));
            p.navigate(b.url());
            look(p, "hard-moment-answered", v, problems);
            p.context().close();
        }
        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben answered when you asked for reassurance.")).click();
        assertThat(a.locator(".answer")).hasText("Tell me where you are");
        assertAccessible(a);

        // The three weeks before held 5, 4 and 2 hard moments (written into the past); with this week's
        // one, her log shows them coming less often.
        int[] perWeek = {5, 4, 2};
        clock.advance(Duration.ofDays(-21));
        try {
            for (int week = 0; week < perWeek.length; week++) {
                for (int i = 0; i < perWeek[week]; i++) {
                    moments.log(ana.id(), new MomentDraft("", Integer.toString(8 - week), "", "", List.of(), "", i % 2 == 0 ? "A walk" : ""));
                }
                clock.advance(Duration.ofDays(7));
            }
        } finally {
            clock.reset();
        }
        a.navigate("/moments");
        checkedElsewhere(a);
        assertThat(a.locator("#weeks-summary")).containsText("Fewer in the last two weeks (3) than in the two before (9).");
        a.locator("details.record-table > summary").click();
        for (var v : PHONES) {
            Page p = newPage(newContext(v.options().setStorageState(a.context().storageState())));
            p.navigate("/moments");
            p.locator("details.record-table > summary").click();
            look(p, "hard-moments-log", v, problems);
            p.context().close();
        }

        // A date she knows will be hard, three days ahead: it is on her Today, and what she asked for is on Ben's.
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("UTC")));
        a.navigate("/moments/dates");
        checkedElsewhere(a);
        label(a, "What the day is").fill("The day I found out");
        setDate(label(a, "Date"), today.plusDays(3));
        label(a, "Something to ask your partner for that day, if you want").fill("Please be home early");
        button(a, "Mark this date").click();
        assertThat(status(a)).hasText("The date is marked.");
        checkedElsewhere(a);
        for (var v : PHONES) {
            Page p = newPage(newContext(v.options().setStorageState(a.context().storageState())));
            p.navigate("/moments/dates");
            look(p, "hard-dates", v, problems);
            p.navigate("/moments/plan");
            look(p, "hard-moments-plan", v, problems);
            p.context().close();
        }
        a.navigate("/");
        checkedElsewhere(a);
        assertThat(a.locator(".today-item", new Page.LocatorOptions().setHasText("A day you marked as hard is coming"))
                .locator(".today-detail")).hasText("The day I found out");
        b.navigate("/");
        checkedElsewhere(b);
        assertThat(b.locator(".today-item", new Page.LocatorOptions().setHasText("Ana asked you for something"))
                .locator(".today-detail")).hasText("Please be home early");
        Assertions.assertThat(b.content()).doesNotContain("The day I found out");
        for (var v : PHONES) {
            Page p = newPage(newContext(v.options().setStorageState(b.context().storageState())));
            p.navigate("/moments/reassurance");
            look(p, "reassurance-partner", v, problems);
            p.context().close();
        }
        Assertions.assertThat(console).isEmpty();
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }
}
