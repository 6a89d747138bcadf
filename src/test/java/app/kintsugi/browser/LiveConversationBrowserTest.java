package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * A whole live conversation in two browsers, through the pages only: Ana plans it, Ben says yes,
 * both agree to the ground rules, and then each holds the session on their own phone. Every change
 * one of them makes must reach the other's screen by itself, without a reload, within two seconds;
 * how long it took is measured from the press to the moment the other screen shows it, and printed
 * as {@code LIVE-LATENCY ms: ...}.
 */
class LiveConversationBrowserTest extends BrowserTest {

    /** The longest a partner's screen may take to show a change by itself. */
    private static final long LIMIT_MS = 2_000;
    private static final Pattern PROPOSED = Pattern.compile("/conversations/([0-9a-f-]{36})\\?proposed$");

    private static final String TOPIC = "What happened in March, and the evenings since";
    private static final String PLACE = "The bench by the river";
    private static final String FIRST_SUMMARY = "You were angry that I came home late.";
    private static final String SECOND_SUMMARY = "You felt alone in the evenings, and you need us to talk before bed.";
    private static final String PRIVATE_NOTE = "Ana-only note: I could breathe this time. Qv8";

    private final List<Latency> latencies = new ArrayList<>();

    private record Latency(String what, long ms) {
    }

    @Test
    void aWholeSessionReachesBothScreensByItself() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        Page a = signedIn(ana);
        Page b = signedIn(ben);
        try {
            String id = planAcceptAgreeAndStart(a, b);
            holdTheSession(a, b, ana, id);
        } finally {
            printLatencies();
        }
    }

    /** Ana plans through the form, Ben says yes from his overview, both agree, Ana starts and speaks first. */
    private String planAcceptAgreeAndStart(Page a, Page b) {
        open(a, "/conversations");
        assertThat(h1(a)).hasText("Conversations");
        assertThat(a.locator("main")).containsText("Nothing planned yet.");
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a conversation")).click();
        assertThat(a).hasURL(Pattern.compile("/conversations/new$"));
        assertAccessible(a);

        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Madrid")).plusDays(1);
        label(a, "Topic").fill(TOPIC);
        label(a, "Date").fill(tomorrow.toString());
        label(a, "Time").fill("19:30");
        label(a, "Length").selectOption("45");
        label(a, "Place (optional)").fill(PLACE);
        button(a, "Suggest it").click();
        assertThat(a).hasURL(PROPOSED);
        Matcher m = PROPOSED.matcher(a.url());
        Assertions.assertThat(m.find()).isTrue();
        String id = m.group(1);
        assertThat(h1(a)).hasText(TOPIC);
        assertThat(a.getByRole(AriaRole.STATUS)).hasText(new String[] {
                "Suggested. Ben can now say yes, suggest another time, or say no.", "Waiting for Ben to answer."});
        assertThat(fact(a, "When")).containsText("19:30");
        assertThat(fact(a, "Length")).hasText("45 minutes");
        assertThat(fact(a, "Place")).hasText(PLACE);
        assertThat(fact(a, "Status")).hasText("Waiting for an answer");
        assertAccessible(a);

        // Ben learns of it on his overview and says yes.
        open(b, "/");
        Locator news = b.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("From Ana"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                        .setName("Ana would like to plan a conversation with you. You can answer whenever you are ready."));
        assertThat(news).isVisible();
        news.click();
        assertThat(b).hasURL(Pattern.compile("/conversations/" + id + "$"));
        assertThat(h1(b)).hasText(TOPIC);
        assertThat(fact(b, "Status")).hasText("Waiting for your answer");
        assertThat(b.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Ana would like to talk. Does this time work for you?"))).isVisible();
        assertAccessible(b);
        button(b, "Yes, this time works").click();
        assertThat(b).hasURL(Pattern.compile("/conversations/" + id + "\\?accepted$"));
        assertThat(b.getByRole(AriaRole.STATUS)).hasText("You said yes to this time.");
        assertThat(fact(b, "Status")).hasText("Agreed");
        assertThat(b.locator("ol.rules > li").first()).isVisible();
        assertThat(b.getByText("The conversation can start once both of you have agreed to the ground rules.")).isVisible();
        assertAccessible(b);

        // The ground rules, agreed by both.
        button(b, "I agree to these rules").click();
        assertThat(b).hasURL(Pattern.compile("/conversations/" + id + "\\?agreed$"));
        assertThat(b.getByRole(AriaRole.STATUS)).hasText("You agreed to the ground rules for this conversation.");
        assertThat(b.locator("ul.agreement > li")).hasText(new String[] {
                "You agreed to these rules.", "Ana has not agreed yet."});
        assertThat(button(b, "Start the conversation")).hasCount(0);
        assertAccessible(b);

        open(a, "/conversations/" + id);
        assertThat(a.locator("ul.agreement > li")).hasText(new String[] {
                "You have not agreed yet.", "Ben agreed to these rules."});
        button(a, "I agree to these rules").click();
        assertThat(a).hasURL(Pattern.compile("/conversations/" + id + "\\?agreed$"));
        assertThat(a.locator("ul.agreement > li")).hasText(new String[] {
                "You agreed to these rules.", "Ben agreed to these rules."});
        Locator iWill = a.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("I will").setExact(true));
        assertThat(iWill).isChecked();
        assertThat(a.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ben will"))).not().isChecked();
        assertAccessible(a);
        iWill.check();
        button(a, "Start the conversation").click();
        assertThat(a).hasURL(Pattern.compile("/conversations/" + id + "/live$"));
        return id;
    }

    private void holdTheSession(Page a, Page b, TestPerson ana, String id) {
        // Ana speaks first.
        assertThat(h1(a)).hasText(TOPIC);
        assertThat(floor(a)).hasText("You have the floor");
        assertThat(floor(a)).hasClass(Pattern.compile("\\bfloor-mine\\b"));
        assertThat(prompt(a)).hasText("Say what you feel and what you need");
        assertThat(a.locator("#live-panel .frame")).hasText("I feel… when… I need…");
        assertThat(a.locator("#live-panel .turn-timer time.clock")).hasText(Pattern.compile("^\\d+:\\d\\d$"));
        assertThat(counts(a)).hasText("Turns so far: 0. Heard and confirmed: 0.");
        assertAccessible(a); // speaker

        // Ben joins from his overview.
        open(b, "/");
        Locator live = b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Your conversation with Ana is happening now."));
        live.click();
        assertThat(b).hasURL(Pattern.compile("/conversations/" + id + "/live$"));
        assertThat(floor(b)).hasText("Ana has the floor");
        assertThat(floor(b)).hasClass(Pattern.compile("\\bfloor-theirs\\b"));
        assertThat(prompt(b)).hasText("Listen");
        assertThat(b.locator("#live-panel")).containsText("Ana is speaking. Listen without answering yet");
        assertThat(button(b, "I have said it. Over to Ana")).hasCount(0);
        assertThat(button(b, "I have said it. Over to Ben")).hasCount(0);
        assertAccessible(b); // listener

        // Ana has said it; Ben's screen asks him to say back what he heard.
        measure("speaker done -> listener reflects", b, "#prompt-heading", "Say back what you heard",
                () -> button(a, "I have said it. Over to Ben").click());
        assertThat(prompt(b)).hasText("Say back what you heard");
        assertThat(b.locator("#live-panel .frame")).hasText("What I heard is…");
        assertThat(prompt(a)).hasText("Listen to what they heard");
        assertThat(floor(b)).hasText("Your turn to say back what you heard");
        assertThat(floor(a)).hasText("Ben is saying back what they heard");
        assertAccessible(b); // listener, reflecting
        assertAccessible(a);

        // Ben writes what he heard; Ana sees it and says it was not quite that.
        b.getByLabel("Write it down (optional)").fill(FIRST_SUMMARY);
        measure("listener reflected -> speaker confirms", a, "#prompt-heading", "Was that it?",
                () -> button(b, "I have said it back").click());
        assertThat(a.locator("#live-panel .quote-text")).hasText(FIRST_SUMMARY);
        assertThat(a.getByText("Ben wrote:")).isVisible();
        assertThat(prompt(b)).hasText("Waiting for Ana to say whether that was it");
        assertThat(b.locator("#live-panel .quote-text")).hasText(FIRST_SUMMARY);
        assertThat(button(b, "Yes, that is it")).hasCount(0);
        assertThat(floor(a)).hasText("Your turn: was that it?");
        assertThat(floor(b)).hasText("Ana is telling you whether that was it");
        assertAccessible(a); // confirming
        assertAccessible(b);

        measure("not quite -> listener listens again", b, "#prompt-heading", "Listen",
                () -> button(a, "Not quite").click());
        assertThat(floor(a)).hasText("You have the floor");
        assertThat(a.locator("#live-panel")).containsText("Your partner did not quite get it yet. Try saying it again in other words.");
        assertThat(floor(b)).hasText("Ana has the floor");

        // Ana says it again; Ben says it back; this time it is it.
        measure("speaker done again -> listener reflects", b, "#prompt-heading", "Say back what you heard",
                () -> button(a, "I have said it. Over to Ben").click());
        assertThat(b.getByLabel("Write it down (optional)")).hasValue("");
        b.getByLabel("Write it down (optional)").fill(SECOND_SUMMARY);
        measure("listener reflected again -> speaker confirms", a, "#prompt-heading", "Was that it?",
                () -> button(b, "I have said it back").click());
        assertThat(a.locator("#live-panel .quote-text")).hasText(SECOND_SUMMARY);
        assertThat(a.locator("#live-panel")).not().containsText(FIRST_SUMMARY);
        assertThat(a.getByText("After \"Yes, that is it\", Ben has the floor.")).isVisible();
        measure("yes -> the floor passes to Ben", b, ".floor", "You have the floor",
                () -> button(a, "Yes, that is it").click());
        assertThat(floor(a)).hasText("Ben has the floor");
        assertThat(floor(a)).hasClass(Pattern.compile("\\bfloor-theirs\\b"));
        assertThat(prompt(a)).hasText("Listen");
        assertThat(floor(b)).hasClass(Pattern.compile("\\bfloor-mine\\b"));
        assertThat(prompt(b)).hasText("Say what you feel and what you need");
        assertThat(button(b, "I have said it. Over to Ana")).isVisible();
        assertThat(counts(a)).hasText("Turns so far: 1. Heard and confirmed: 1.");
        assertThat(counts(b)).hasText("Turns so far: 1. Heard and confirmed: 1.");
        assertAccessible(b); // the roles have swapped
        assertAccessible(a);

        // Ben needs a break: both screens count down, and nobody can go on before the end.
        measure("break -> partner sees the break", a, "#prompt-heading", "Ben asked for a break",
                () -> button(b, "I need a break (20 minutes)").click());
        Pattern countdown = Pattern.compile("^(20:00|19:[0-5]\\d)$");
        assertThat(prompt(b)).hasText("You asked for a break");
        for (Page p : List.of(a, b)) {
            assertThat(floor(p)).hasText("A break");
            assertThat(p.locator("#live-panel .countdown time.clock")).hasText(countdown);
            assertThat(button(p, "We are ready to go on")).hasCount(0);
            assertThat(button(p, "I need a break (20 minutes)")).hasCount(0);
            assertThat(p.locator("#live-panel .turn-timer")).hasCount(0);
        }
        assertAccessible(a); // break
        assertAccessible(b);

        // Twenty minutes later (on the server's clock), Ana looks again and goes on.
        clock.advance(Duration.ofMinutes(20));
        a.reload();
        assertThat(prompt(a)).hasText("Ben asked for a break");
        assertThat(a.locator("#live-panel .countdown")).hasCount(0);
        assertAccessible(a); // break over
        measure("resume -> partner has the floor again", b, ".floor", "You have the floor",
                () -> button(a, "We are ready to go on").click());
        assertThat(floor(a)).hasText("Ben has the floor");
        assertThat(prompt(b)).hasText("Say what you feel and what you need");
        assertThat(b.locator("#live-panel .countdown")).hasCount(0);

        // A second device of Ana's takes over her screen; her phone says so by itself, and back.
        Page laptop = signedIn(ana);
        measure("second device -> first device is told", a, "#moved-heading", "Open on another device",
                () -> laptop.navigate("/conversations/" + id + "/live"));
        assertThat(floor(laptop)).hasText("Ben has the floor");
        assertAccessible(laptop);
        assertThat(a.locator("#live-panel")).containsText("Nothing you do here will be sent.");
        assertThat(a.locator("#live-panel .floor")).hasCount(0);
        assertThat(button(a, "End it now")).hasCount(0);
        assertAccessible(a); // moved
        measure("continue here -> other device is told", laptop, "#moved-heading", "Open on another device",
                () -> a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue on this device")).click());
        assertThat(floor(a)).hasText("Ben has the floor");
        assertAccessible(a);
        assertAccessible(laptop);

        // Ana ends it; both see how it went.
        a.locator("#live-panel details.end > summary").click();
        assertThat(a.getByText("You can plan another one whenever you like.")).isVisible();
        measure("end -> partner sees how it went", b, "#summary-heading", "How it went",
                () -> button(a, "End it now").click());
        for (Page p : List.of(a, b)) {
            assertThat(p.locator("#summary-heading")).hasText("How it went");
            assertThat(fact(p, "Turns")).hasText("1");
            assertThat(fact(p, "Heard and confirmed")).hasText("1");
            assertThat(fact(p, "Not quite, said again")).hasText("1");
            assertThat(fact(p, "Breaks")).hasText("1");
            assertThat(fact(p, "Length")).hasText(Pattern.compile("^2[01] minutes$"));
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("For you alone"))).isVisible();
            assertThat(p.locator("#live-panel .floor")).hasCount(0);
        }
        assertAccessible(a); // ended, with the rating form
        assertAccessible(b);

        // Ana says how it went, with a note only she reads.
        Locator heard = a.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("I felt heard"));
        Locator safe = a.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("I felt safe"));
        heard.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("4").setExact(true)).check();
        safe.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("5, completely").setExact(true)).check();
        a.getByLabel("A note for yourself (optional)").fill(PRIVATE_NOTE);
        button(a, "Keep this for me").click();
        assertThat(a).hasURL(Pattern.compile("/conversations/" + id + "/live\\?rated$"));
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Kept, for you alone.");
        assertThat(a.locator("#live-panel")).containsText("I felt heard: 4 of 5. I felt safe: 5 of 5.");
        assertThat(a.locator("#live-panel p.written")).hasText(PRIVATE_NOTE);
        assertThat(button(a, "Keep this for me")).hasCount(0);
        assertThat(a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Where to find help"))).hasCount(0);
        assertAccessible(a);

        // Ben never sees Ana's note or her numbers: not on his open screen, not after loading it again.
        assertThat(b.locator("body")).not().containsText(PRIVATE_NOTE);
        b.reload();
        assertThat(b.locator("#summary-heading")).hasText("How it went");
        assertThat(b.locator("body")).not().containsText(PRIVATE_NOTE);
        assertThat(b.locator("body")).not().containsText("4 of 5");
        assertThat(button(b, "Keep this for me")).isVisible();
        assertAccessible(b);
        open(b, "/conversations/" + id + "/live");
        assertThat(b.locator("body")).not().containsText(PRIVATE_NOTE);
        open(b, "/conversations");
        assertThat(b.locator("#past-heading + ul li")).containsText(new String[] {"Held"});
    }

    // ---------------------------------------------------------------- latency

    /**
     * Does {@code action} and waits until {@code watcher}'s screen shows {@code text} in the element
     * {@code selector} inside its live panel, by itself: the page is never reloaded (its time origin
     * stays the same). The moment is taken inside the watching page, when the change reaches its
     * document, so how often this test looks does not count.
     */
    private void measure(String what, Page watcher, String selector, String text, Runnable action) {
        Object before = watcher.evaluate("""
                ([selector, text]) => {
                  const panel = document.getElementById('live-panel');
                  if (window.__liveWatch) { window.__liveWatch.disconnect(); }
                  window.__seenAt = null;
                  const shows = () => {
                    const el = panel.querySelector(selector);
                    return !!el && el.textContent.trim() === text;
                  };
                  const look = () => { if (window.__seenAt === null && shows()) { window.__seenAt = Date.now(); } };
                  window.__liveWatch = new MutationObserver(look);
                  window.__liveWatch.observe(panel, {childList: true, subtree: true, characterData: true});
                  return shows();
                }""", List.of(selector, text));
        Assertions.assertThat(before).as("%s: the screen shows \"%s\" already", what, text).isEqualTo(false);
        double origin = timeOrigin(watcher);
        long pressed = System.currentTimeMillis();
        action.run();
        try {
            watcher.waitForFunction("() => window.__seenAt !== null && window.__seenAt !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(LIMIT_MS + 3_000).setPollingInterval(25));
        } catch (com.microsoft.playwright.TimeoutError e) {
            Assertions.fail("%s: the screen did not show \"%s\" by itself within %d ms", what, text, LIMIT_MS + 3_000);
        }
        Assertions.assertThat(timeOrigin(watcher)).as("%s: the screen was reloaded", what).isEqualTo(origin);
        long seenAt = ((Number) watcher.evaluate("() => window.__seenAt")).longValue();
        long ms = seenAt - pressed;
        latencies.add(new Latency(what, ms));
        Assertions.assertThat(ms).as("%s: milliseconds until the other screen showed it", what).isLessThanOrEqualTo(LIMIT_MS);
        assertThat(watcher.locator("#live-panel " + selector)).hasText(text);
    }

    private static double timeOrigin(Page page) {
        return ((Number) page.evaluate("() => performance.timeOrigin")).doubleValue();
    }

    private void printLatencies() {
        if (latencies.isEmpty()) {
            return;
        }
        List<Long> sorted = latencies.stream().map(Latency::ms).sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        StringBuilder each = new StringBuilder();
        for (Latency l : latencies) {
            each.append(each.isEmpty() ? "" : "; ").append(l.what()).append('=').append(l.ms());
        }
        System.out.printf("LIVE-LATENCY ms: min=%d median=%.0f max=%d n=%d (%s)%n", sorted.get(0), median,
                sorted.get(n - 1), n, each);
    }

    // ---------------------------------------------------------------- helpers

    private static Locator floor(Page page) {
        return page.locator("#live-panel .floor");
    }

    private static Locator prompt(Page page) {
        return page.locator("#live-panel #prompt-heading");
    }

    private static Locator counts(Page page) {
        return page.locator("#live-panel .live-counts");
    }

    /** The value beside a term in the page's facts list. */
    private static Locator fact(Page page, String term) {
        return page.locator("xpath=//main//dl[contains(@class,'facts')]/dt[normalize-space()='" + term
                + "']/following-sibling::dd[1]");
    }
}
