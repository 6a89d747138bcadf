package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;

/**
 * Commitments in two browsers: Ana makes a shared daily commitment and checks in through a week of
 * days, Ben confirms one day and sees another differently, and both read the same calm record: the
 * figures in words, the heat map and trend with a table beside them, and a kind word about
 * setbacks. A private commitment stays Ana's alone; a shared one changes only when Ben agrees. The
 * record and the form are also saved as pictures in light and dark on a phone.
 */
class CommitmentBrowserTest extends BrowserTest {

    private static final Pattern CREATED = Pattern.compile("/commitments/([0-9a-f-]{36})\\?created$");
    private static final String PROMISE = "I will tell you when I will be home late";
    private static final String PARTNER_TOO = "My partner too, who can confirm my check-ins";
    /** The week as Ana answers it, day by day; "" is a day left unanswered. */
    private static final String[] WEEK = {"Kept", "Kept", "Partly", "", "Not kept", "Kept", "Kept"};

    @Autowired
    Commitments commitments;

    @Test
    void aWeekOfCheckInsConfirmedAndSeenDifferentlyGivesBothTheSameCalmRecord() {
        // The week is lived in the past and ends yesterday. Sessions have an absolute limit of 12 hours,
        // measured from the container's real creation time against the application's clock: a clock
        // ahead of real time by more than that ends every session at once. Noon keeps each day whole.
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(MADRID));
        // A second week with no answers follows, so the record reaches the two weeks its charts wait for.
        clock.advance(Duration.between(now, now.toLocalDate().minusDays(WEEK.length + 8L).atTime(12, 0).atZone(MADRID)));

        TestCouple couple = testCouples.of("Ben", "Ana");
        TestPerson ana = couple.second();
        TestPerson ben = couple.first();
        Page a = signedIn(ana);
        Page b = signedIn(ben);

        // Ana makes it through the form: every day, her partner too.
        open(a, "/commitments");
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make a commitment")).click();
        assertThat(a).hasURL(Pattern.compile("/commitments/new$"));
        assertAccessible(a);
        label(a, "What I commit to").fill(PROMISE);
        label(a, "Every day").check();
        label(a, PARTNER_TOO).check();
        button(a, "Make this commitment").click();
        assertThat(a).hasURL(CREATED);
        String id = idOf(a.url());
        String path = "/commitments/" + id;
        assertThat(h1(a)).hasText(PROMISE);
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Your commitment is made. Check in whenever it falls due.");
        assertThat(a.locator("dl.facts")).containsText("Every day");
        assertAccessible(a);

        // Ben finds it among what Ana shares with him.
        open(b, "/commitments");
        assertThat(b.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Shared by Ana"))).isVisible();
        assertThat(b.locator("main ul.entries a")).hasText(PROMISE);

        // Axe looks at the record before the first check-in and after the first of each answer (each has
        // its own badge); the other days show the same page with one entry more.
        Set<String> answersChecked = new HashSet<>();
        for (int day = 0; day < WEEK.length; day++) {
            if (day > 0) {
                clock.advance(Duration.ofDays(1));
            }
            LocalDate today = LocalDate.now(clock.withZone(MADRID));
            a.navigate(path);
            if (day == 0) {
                assertAccessible(a);
            } else {
                checkedElsewhere(a);
            }
            Locator checkIn = a.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("How did it go today?"));
            assertThat(checkIn).isVisible();
            // Her own check-in for today leads the page.
            Assertions.assertThat(checkIn.boundingBox().y).isLessThan(a.locator("dl.facts").boundingBox().y);
            assertThat(label(a, "Which day")).hasValue(today.toString());
            if (WEEK[day].isEmpty()) {
                // A day left alone: the overview still asks, gently; nothing is sent.
                open(a, "/");
                assertThat(a.locator("main")).containsText("Check in on today\u2019s commitment");
                continue;
            }
            label(a, WEEK[day]).check();
            label(a, "A note (optional; Ben can read it)").fill("Day " + day + " as I saw it");
            button(a, "Check in").click();
            assertThat(a).hasURL(Pattern.compile(path + "\\?reported"));
            assertThat(a.getByRole(AriaRole.STATUS)).hasText("Noted. Thank you for checking in, whatever the answer.");
            assertThat(a.locator("#check-ins ul.entries > li").first()).containsText(WEEK[day]);
            if (answersChecked.add(WEEK[day])) {
                assertAccessible(a);
            } else {
                checkedElsewhere(a);
            }

            if (day == 0) {
                // Ben: that matches what he saw. The question waits for him at the top, before the record.
                open(b, path);
                Locator confirm = b.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Does this match what you saw?"));
                Assertions.assertThat(confirm.boundingBox().y).isLessThan(b.locator("dl.facts").boundingBox().y);
                Locator newest = confirm.locator("ul.entries > li").first();
                assertThat(newest).containsText("Day 0 as I saw it");
                newest.getByText("Add a note (optional)").click();
                newest.getByLabel("A note (optional)").fill("Yes, you called at seven");
                newest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("That matches what I saw")).click();
                assertThat(b).hasURL(Pattern.compile(path + "\\?confirmed"));
                assertThat(b.getByRole(AriaRole.STATUS))
                        .hasText("Thank you. Your partner will see that it matches what you saw.");
                assertThat(b.locator("#check-ins ul.entries > li").first().locator(".badge")).hasText("You confirmed");
                assertThat(b.locator("form.confirm-form")).hasCount(0);
                assertAccessible(b);
            } else if (day == 1) {
                // Ben sees it differently, and is offered a calm way to talk about it.
                open(b, path);
                Locator newest = b.locator("#confirm ul.entries > li").first();
                newest.getByText("Add a note (optional)").click();
                newest.getByLabel("A note (optional)").fill("I only heard at ten");
                newest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I see it differently")).click();
                assertThat(b).hasURL(Pattern.compile(path + "\\?disputed"));
                assertThat(b.getByRole(AriaRole.STATUS)).containsText("You see it differently. That is worth talking about");
                Locator talk = b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a conversation about it"));
                assertThat(talk).hasAttribute("href", "/conversations/new");
                assertAccessible(b);
                talk.click();
                assertThat(b).hasURL(Pattern.compile("/conversations/new$"));
                assertAccessible(b);

                // Ana sees his answer beside hers.
                a.reload();
                Locator answered = a.locator("#check-ins ul.entries > li").first();
                assertThat(answered.locator(".badge")).hasText("Your partner sees it differently");
                assertThat(answered).containsText("I only heard at ten");
                assertThat(a.locator("#check-ins ul.entries > li").nth(1).locator(".badge")).hasText("Your partner confirmed");
                assertAccessible(a);
            }
        }

        // The last day of the week has not ended yet: it is not counted, and there are no charts yet.
        open(a, path);
        assertThat(a.locator(".figures > li").nth(1)).hasText("Since the start: kept 40 % (2 of 5 days answered).");
        assertThat(a.locator(".charts-later")).containsText("6 days have ended since the start.");
        assertThat(a.locator("svg.heatmap-svg")).hasCount(0);

        // A week later, the week that was answered and the one that was not: two weeks, so the charts.
        clock.advance(Duration.ofDays(8));

        // The same record for both, in words first.
        for (Page p : List.of(a, b)) {
            boolean mine = p == a;
            open(p, path);
            Locator record = p.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("How it has gone"));
            assertThat(record.locator(".figures > li")).hasText(new String[] {
                    "Last four weeks: kept 50 % (3 of 6 days answered).",
                    "Since the start: kept 50 % (3 of 6 days answered).",
                    "Kept in a row now: 2. Longest run so far: 2.",
                    "8 days were not answered; they count as unknown, not as broken."});
            Locator setback = record.locator(".notice.setback");
            assertThat(setback).containsText(mine
                    ? "Some days did not go as promised. That is part of rebuilding trust, not the end of it"
                    : "Some days did not go as promised. Setbacks are part of rebuilding trust");
            assertThat(setback.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("What rebuilding trust usually looks like"))).hasAttribute("href", "/expectations");
            if (!mine) {
                assertThat(p.locator("dl.facts")).containsText("Days are counted in Ana’s time zone (Europe/Madrid).");
            }

            // The heat map: a picture with a name, one square per day in its state.
            Locator map = record.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^Day by day, last 3 weeks In the last four weeks, 3 of 14 due days were kept\\.")));
            assertThat(map).isVisible();
            // From the week it started: three columns, not 26 weeks of empty squares.
            assertThat(map.locator("rect.cell")).hasCount(3 * 7);
            assertThat(map.locator("rect.cell-kept")).hasCount(3);
            assertThat(map.locator("rect.cell-partly")).hasCount(1);
            assertThat(map.locator("rect.cell-not_kept")).hasCount(1);
            assertThat(map.locator("rect.cell-disputed")).hasCount(1);
            assertThat(map.locator("rect.cell-unknown")).hasCount(8);
            assertThat(map.locator("text.heatmap-month").first()).isVisible();
            assertThat(record.locator(".legend > li")).hasText(new String[] {
                    "kept", "partly", "not kept", "seen differently", "not answered", "not due"});

            // The trend, and the same as a table once opened.
            Locator trend = record.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^Week by week, last [23] weeks The line shows the share of answered days kept")));
            assertThat(trend).isVisible();
            Assertions.assertThat(trend.locator("circle.trend-point").count()).isBetween(1, 2);
            Locator table = record.locator("details.record-table table");
            assertThat(table).not().isVisible();
            record.getByText("The same, as a table").click();
            assertThat(table).isVisible();
            Assertions.assertThat(table.locator("tbody > tr").count()).isBetween(2, 3);
            Assertions.assertThat(columnTotal(table, 2)).as("due").isEqualTo(14);
            Assertions.assertThat(columnTotal(table, 3)).as("answered").isEqualTo(6);
            Assertions.assertThat(columnTotal(table, 4)).as("kept").isEqualTo(3);
            assertAccessible(p);

            // Nothing reads like a failing grade.
            String words = p.locator("main").innerText().toLowerCase();
            Assertions.assertThat(words).doesNotContain("failed").doesNotContain("broken promise").doesNotContain("score");
        }

        // The link leads to what rebuilding trust usually looks like.
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What rebuilding trust usually looks like")).click();
        assertThat(a).hasURL(Pattern.compile("/expectations$"));
        assertAccessible(a);
    }

    @Test
    void aPrivateCommitmentStaysAnasAndASharedOneChangesWhenBenAgrees() {
        TestCouple couple = testCouples.of("Ben", "Ana");
        TestPerson ana = couple.second();
        TestPerson ben = couple.first();
        Page a = signedIn(ana);
        Page b = signedIn(ben);

        // Private, through the form.
        String secret = "Walk alone every morning, Kq7";
        open(a, "/commitments/new");
        label(a, "What I commit to").fill(secret);
        label(a, "Only me").check();
        button(a, "Make this commitment").click();
        assertThat(a).hasURL(CREATED);
        String mine = idOf(a.url());
        assertThat(a.locator("dl.facts")).containsText("Only you");
        assertAccessible(a);

        // Ben cannot reach it by its address, and it is not in his list.
        Response response = b.navigate("/commitments/" + mine);
        Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(h1(b)).hasText("We couldn\u2019t find that");
        assertThat(b.locator("main")).not().containsText("Kq7");
        assertAccessible(b);
        open(b, "/commitments");
        assertThat(b.locator("main")).not().containsText("Kq7");
        assertThat(b.locator("main")).containsText("Nothing shared with you yet.");

        // Shared: Ana proposes a change; it waits for Ben.
        UUID shared = commitments.create(ana.id(), new CommitmentDraft("Dinner together on Sundays", "WEEKLY",
                List.of("SUNDAY"), "", "", "PARTNER"));
        String path = "/commitments/" + shared;
        open(a, path);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose a change")).click();
        assertThat(a).hasURL(Pattern.compile(path + "/edit$"));
        assertThat(a.locator("main .lead")).containsText("your partner agrees to a change before it applies");
        assertThat(label(a, "What I commit to")).hasValue("Dinner together on Sundays");
        assertThat(label(a, "Sunday")).isChecked();
        assertAccessible(a);
        label(a, "What I commit to").fill("Dinner together on Saturdays");
        label(a, "Sunday").uncheck();
        label(a, "Saturday").check();
        button(a, "Propose this change").click();
        assertThat(a).hasURL(Pattern.compile(path + "\\?proposed$"));
        assertThat(h1(a)).hasText("Dinner together on Sundays");
        assertThat(a.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You proposed a change"))).isVisible();
        assertAccessible(a);

        open(b, "/commitments");
        assertThat(b.locator("main ul.entries > li")).hasCount(1);
        assertThat(b.locator("main ul.entries > li .badge")).hasText("A change waits for an answer");
        open(b, path);
        Locator change = b.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Ana proposes a change"));
        assertThat(change).isVisible();
        assertThat(change.locator(".written")).hasText("Dinner together on Saturdays");
        change.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Agree to the change")).click();
        assertThat(b).hasURL(Pattern.compile(path + "\\?accepted$"));
        assertThat(b.getByRole(AriaRole.STATUS)).hasText("You agreed to the change. It applies from now on.");
        assertThat(h1(b)).hasText("Dinner together on Saturdays");
        assertThat(b.locator("dl.facts")).containsText("Every week on: Saturday");
        assertAccessible(b);

        // Ana sees the new text, and the earlier version is kept.
        open(a, path);
        assertThat(h1(a)).hasText("Dinner together on Saturdays");
        assertThat(a.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You proposed a change"))).hasCount(0);
        a.getByText("Earlier versions").click();
        assertThat(a.locator("ol.history > li .written"))
                .hasText(new String[] {"Dinner together on Sundays", "Dinner together on Saturdays"});
        assertAccessible(a);
    }

    @Test
    void badInputIsShownNextToTheFieldsWithWhatWasTypedKept() {
        TestPerson ana = people.create("Ana");
        Page a = signedIn(ana);

        // Sent empty: the text is asked for, next to its field.
        open(a, "/commitments/new");
        button(a, "Make this commitment").click();
        assertThat(a).hasURL(Pattern.compile("/commitments$"));
        assertThat(a.getByRole(AriaRole.ALERT)).containsText("Something needs your attention.");
        assertThat(a.locator("#text-error")).hasText("Please write what you commit to, in a few words.");
        assertThat(label(a, "What I commit to")).hasAttribute("aria-invalid", "true");
        assertThat(label(a, "What I commit to")).hasAttribute("aria-describedby", Pattern.compile("\\btext-error\\b"));
        assertThat(a.locator("#weekDays-error")).hasCount(0);
        assertAccessible(a);

        // Weekly with no day, and an end before the start: both said where they belong; the text stays.
        String text = "I will put my phone away at dinner";
        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        label(a, "What I commit to").fill(text);
        label(a, "On some days of the week").check();
        label(a, "From").fill(today.plusDays(3).toString());
        label(a, "Until (optional)").fill(today.plusDays(2).toString());
        button(a, "Make this commitment").click();
        assertThat(a.locator("#text-error")).hasCount(0);
        assertThat(label(a, "What I commit to")).hasValue(text);
        assertThat(label(a, "What I commit to")).not().hasAttribute("aria-invalid", "true");
        assertThat(label(a, "On some days of the week")).isChecked();
        Locator days = a.locator("fieldset.week-days");
        assertThat(days.locator(".field-error")).hasText("Please choose at least one day of the week.");
        assertThat(days).hasAttribute("aria-describedby", Pattern.compile("\\bweekDays-error\\b"));
        assertThat(a.locator("#end-error")).hasText("This date is before the start. Please choose a later one.");
        assertThat(label(a, "Until (optional)")).hasAttribute("aria-invalid", "true");
        assertThat(label(a, "From")).hasValue(today.plusDays(3).toString());
        assertAccessible(a);
        Assertions.assertThat(commitments.mine(ana.id())).isEmpty();

        // Put right, it is made.
        label(a, "Thursday").check();
        label(a, "Until (optional)").fill("");
        button(a, "Make this commitment").click();
        assertThat(a).hasURL(CREATED);
        assertThat(h1(a)).hasText(text);
        assertThat(a.locator("dl.facts")).containsText("Every week on: Thursday");
        assertAccessible(a);
    }

    @Test
    @org.junit.jupiter.api.Tag("screenshots")
    void theRecordAndTheFormInEveryVariant() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : PHONES) {
            TestCouple couple = testCouples.of("Ben", "Ana");
            TestPerson ana = couple.second();
            TestPerson ben = couple.first();
            UUID id = aWeekBehind(ana, ben);
            commitments.create(ana.id(), new CommitmentDraft("Dinner together on Sundays", "WEEKLY", List.of("SUNDAY"), "", "",
                    "PRIVATE"));

            Page a = newPage(newContext(v.options()));
            Page b = newPage(newContext(v.options()));
            signInCollecting(a, ana.email(), v, problems);
            signInCollecting(b, ben.email(), v, problems);

            a.navigate("/commitments");
            assertThat(h1(a)).hasText("Commitments");
            look(a, "commitments", v, problems);

            // Ana's record after the week, with the table open.
            a.navigate("/commitments/" + id);
            assertThat(a.locator("svg.heatmap-svg rect.cell-kept")).hasCount(3);
            a.getByText("The same, as a table").click();
            look(a, "commitment-record", v, problems);
            mapFits(a, v, problems);

            // Ben's view, with the last day still to answer.
            b.navigate("/commitments/" + id);
            assertThat(b.locator("form.confirm-form")).hasCount(1);
            look(b, "commitment-partner", v, problems);
            mapFits(b, v, problems);

            // The form, empty and with what needs attention.
            a.navigate("/commitments/new");
            look(a, "commitment-form", v, problems);
            label(a, "What I commit to").fill("I will put my phone away at dinner");
            label(a, "On some days of the week").check();
            button(a, "Make this commitment").click();
            assertThat(a.locator("#weekDays-error")).isVisible();
            look(a, "commitment-form-errors", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A shared daily commitment that started two weeks ago, its last seven days answered as {@link #WEEK}; Ben confirmed
     * the first day, saw the second differently and has not answered the last one yet.
     */
    private UUID aWeekBehind(TestPerson ana, TestPerson ben) {
        // Made two weeks ago (a start can only be a few days back, so the clock goes back), answered day by day.
        clock.advance(Duration.ofDays(-14));
        try {
            UUID id = commitments.create(ana.id(), new CommitmentDraft(PROMISE, "DAILY", List.of(), "", "", "PARTNER"));
            int offset = 14 - (WEEK.length - 1);
            for (int d = 0; d <= 14; d++) {
                int day = d - offset;
                if (day >= 0 && !WEEK[day].isEmpty()) {
                    LocalDate date = LocalDate.now(clock.withZone(MADRID));
                    Outcome outcome = switch (WEEK[day]) {
                        case "Kept" -> Outcome.KEPT;
                        case "Partly" -> Outcome.PARTLY;
                        default -> Outcome.NOT_KEPT;
                    };
                    commitments.report(ana.id(), id, date.toString(), outcome, day == 4
                            ? "I forgot until I was on the train, and then I wrote too late." : null);
                    if (day < WEEK.length - 1) {
                        long version = commitments.read(ben.id(), id).awaiting().stream().filter(c -> c.day().equals(date))
                                .findFirst().orElseThrow().version();
                        commitments.confirm(ben.id(), id, date.toString(), version,
                                day == 1 ? Confirmation.DISPUTED : Confirmation.CONFIRMED, day == 1 ? "I only heard at ten." : null);
                    }
                }
                if (d < 14) {
                    clock.advance(Duration.ofDays(1));
                }
            }
            return id;
        } finally {
            clock.reset();
        }
    }

    /** The heat map and the trend stay inside their card, whatever the width of the screen. */
    private static void mapFits(Page page, Variant v, List<String> problems) {
        Object outside = page.evaluate("""
                () => [...document.querySelectorAll('svg.heatmap-svg, svg.trend-svg')]
                  .map(svg => [svg, svg.getBoundingClientRect(), svg.closest('.card').getBoundingClientRect()])
                  .filter(([svg, r, card]) => r.width < 1 || r.right > card.right + 0.5 || r.left < card.left - 0.5)
                  .map(([svg, r, card]) => svg.getAttribute('class') + ' ' + Math.round(r.left) + '..' + Math.round(r.right)
                      + ' in ' + Math.round(card.left) + '..' + Math.round(card.right))
                  .join(', ')""");
        if (outside != null && !outside.toString().isEmpty()) {
            problems.add("heat map (" + v + "): not inside its card: " + outside);
        }
    }

    /** Sums a column of the record's table (1-based, the week is column 1). */
    private static int columnTotal(Locator table, int column) {
        return table.locator("tbody > tr > :nth-child(" + column + ")").allInnerTexts().stream()
                .mapToInt(s -> Integer.parseInt(s.strip())).sum();
    }

    private static String idOf(String url) {
        Matcher m = CREATED.matcher(url);
        Assertions.assertThat(m.find()).as("a commitment's address: %s", url).isTrue();
        return m.group(1);
    }
}
