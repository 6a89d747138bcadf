package app.kintsugi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;

class HardMomentsHttpTest extends TwoCouplesTest {

    @Autowired
    SafetyChecks safety;

    @Autowired
    app.kintsugi.account.TestAccounts people;

    @Autowired
    app.kintsugi.couple.Couples couples;

    @Test
    void aHardMomentIsNotedInOneTapAndCompletedLaterForTheWriterAlone() throws Exception {
        assertThat(text(page(ana, "/"))).contains("Hard moment");
        String now = text(page(ana, "/hard-moment"));
        assertThat(now).contains("A hard moment").contains("Breathe").contains("How strong is it, from 0 to 10?")
                .contains("I’m having a hard moment");

        MockHttpServletResponse logged = postAs(ana, "/hard-moment/log", Map.of("strength", "7"));
        String location = logged.getRedirectedUrl();
        assertThat(location).startsWith("/hard-moment?logged=");
        UUID id = UUID.fromString(location.substring(location.indexOf('=') + 1, location.indexOf('#')));
        assertThat(text(page(ana, location))).contains("Noted.");

        String edit = text(page(ana, "/moments/" + id + "/edit"));
        assertThat(edit).contains("Change this note");
        MockHttpServletResponse saved = postAs(ana, "/moments/" + id, Map.of("happenedAt", "", "strength", "6",
                "what", "A <script>song</script> in the shop", "tags", "song, shop , Song", "did", "Sat in the car",
                "helped", "Breathing", "version", "0"));
        assertThat(saved.getRedirectedUrl()).startsWith("/moments?saved");
        String log = page(ana, "/moments").getContentAsString();
        assertThat(log).contains("A &lt;script&gt;song&lt;/script&gt; in the shop").doesNotContain("<script>song")
                .contains("Strength 6 of 10").contains(">song<").contains(">shop<");
        assertThat(log.split(">Song<", -1).length).as("the same tag in other case is one tag").isEqualTo(1);

        // Sealed at rest: the words never stand in the database as they were written.
        String stored = jdbc.sql("SELECT what FROM trigger_entry WHERE id = ?").param(id.toString()).query(byte[].class).single()
                .length + "";
        assertThat(stored).isNotEmpty();
        assertThat(new String(jdbc.sql("SELECT what FROM trigger_entry WHERE id = ?").param(id.toString()).query(byte[].class)
                .single(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("in the shop");

        // Nobody else: the partner, another couple, a signed-out visitor get what a missing id gets.
        for (TestPerson other : new TestPerson[] {ben, cleo}) {
            assertThat(page(other, "/moments/" + id + "/edit").getStatus()).isEqualTo(404);
            assertThat(postAs(other, "/moments/" + id + "/delete", Map.of()).getStatus()).isEqualTo(404);
            assertThat(text(page(other, "/moments"))).doesNotContain("in the shop");
            assertThat(text(page(other, "/"))).doesNotContain("in the shop").doesNotContain("hard moment.");
        }
        assertThat(page(ben, "/moments/" + UUID.randomUUID() + "/edit").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/moments/" + id + "/edit"))
                .andReturn().getResponse().getStatus()).isIn(302, 401, 404);

        // Bad input keeps what was typed and says what is wrong, next to the field.
        String bad = text(postAs(ana, "/moments", Map.of("strength", "11", "what", "Kept text ✓", "happenedAt", "not a date")));
        assertThat(bad).contains("Please choose a number from 0 to 10.").contains("Please give a date and a time")
                .contains("Kept text ✓");
        assertThat(text(postAs(ana, "/moments", Map.of("strength", "", "what", "x".repeat(501)))))
                .contains("Please choose how strong it was").contains("500 characters");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trigger_entry WHERE person_id = ?").param(ana.id().value().toString())
                .query(Integer.class).single()).isEqualTo(1);

        // A stale edit from a second window is refused with the text kept.
        String stale = text(postAs(ana, "/moments/" + id, Map.of("strength", "3", "what", "Second window", "version", "0")));
        assertThat(stale).contains("changed in another window").contains("Second window");

        assertThat(postAs(ana, "/moments/" + id + "/delete", Map.of()).getRedirectedUrl()).startsWith("/moments?deleted");
        assertThat(page(ana, "/moments/" + id + "/edit").getStatus()).isEqualTo(404);
    }

    @Test
    void theLogOverWeeksShowsHardMomentsEasing() throws Exception {
        // Four weeks: 5, 4, 2 and 1 hard moments.
        int[] perWeek = {5, 4, 2, 1};
        for (int week = 0; week < perWeek.length; week++) {
            for (int i = 0; i < perWeek[week]; i++) {
                postAs(ana, "/moments", Map.of("strength", Integer.toString(8 - week), "helped", i % 2 == 0 ? "A walk" : "a  walk ",
                        "what", "week " + week));
            }
            clock.advance(Duration.ofDays(7));
        }
        clock.advance(Duration.ofDays(-7));
        String log = text(page(ana, "/moments"));
        assertThat(log).contains("12 hard moments noted in these weeks.")
                .contains("Fewer in the last two weeks (3) than in the two before (9).")
                .contains("What helped most often").contains("A walk").contains("12 times");
        assertThat(page(ana, "/moments").getContentAsString()).contains("<svg").contains("moments-bar").contains("<table>");
    }

    @Test
    void reassuranceIsAgreedAskedForAndAnsweredInOneTapWithoutTheReason() throws Exception {
        // Ana writes what she would like; Ben sees it waiting on Today and accepts one, declines another.
        postAs(ana, "/moments/reassurance/lines", Map.of("text", "Just say you're here"));
        postAs(ana, "/moments/reassurance/lines", Map.of("text", "Call me within the hour"));
        assertThat(text(page(ben, "/"))).contains("Ana wrote what they would like to receive in a hard moment.");
        String benPage = page(ben, "/moments/reassurance").getContentAsString();
        assertThat(benPage).contains("Just say you&#39;re here").contains("Call me within the hour").contains("Yes, I can");
        UUID here = line("Just say you're here");
        UUID call = line("Call me within the hour");
        assertThat(postAs(ben, "/moments/reassurance/lines/" + here + "/accept", Map.of("version", "0")).getRedirectedUrl())
                .contains("?accepted");
        assertThat(postAs(ben, "/moments/reassurance/lines/" + call + "/decline", Map.of("version", "0")).getRedirectedUrl())
                .contains("?declined");
        assertThat(postAs(ana, "/moments/reassurance/lines/" + here + "/accept", Map.of("version", "1")).getStatus())
                .as("nobody accepts their own line").isEqualTo(404);
        assertThat(postAs(cleo, "/moments/reassurance/lines/" + call + "/remove", Map.of()).getStatus()).isEqualTo(404);
        assertThat(text(page(ana, "/moments/reassurance"))).contains("Accepted by Ben")
                .contains("Ben said this is not something they can give.");

        // Ana logs a moment with its reason and asks; Ben is told only that she is having a hard moment.
        postAs(ana, "/moments", Map.of("strength", "8", "what", "secret-trigger-words"));
        String ask = postAs(ana, "/hard-moment/ask", Map.of()).getRedirectedUrl();
        assertThat(ask).startsWith("/moments/reassurance/requests/");
        UUID request = UUID.fromString(ask.substring("/moments/reassurance/requests/".length(), ask.indexOf('?')));
        assertThat(postAs(ana, "/hard-moment/ask", Map.of()).getRedirectedUrl()).as("pressing again sends nothing new")
                .startsWith("/moments/reassurance/requests/" + request);
        String today = page(ben, "/").getContentAsString();
        assertThat(today).contains("Ana is having a hard moment. You can answer with one tap.")
                .contains("Just say you&#39;re here").contains("I’m here").doesNotContain("secret-trigger").doesNotContain("Call me within");
        assertThat(text(page(ana, "/"))).contains("You let Ben know you are having a hard moment.");
        assertThat(page(cleo, "/moments/reassurance/requests/" + request).getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/moments/reassurance/requests/" + request + "/answer", Map.of("choice", "here")).getStatus())
                .isEqualTo(404);
        assertThat(postAs(ana, "/moments/reassurance/requests/" + request + "/answer", Map.of("choice", "here")).getStatus())
                .as("the one who asked does not answer").isEqualTo(404);
        assertThat(text(postAs(ben, "/moments/reassurance/requests/" + request + "/answer", Map.of("choice", call.toString()))))
                .as("a declined line is no answer").contains("Please choose one of the answers you agreed.");

        // One tap answers; Ana sees the answer once on Today.
        assertThat(postAs(ben, "/moments/reassurance/requests/" + request + "/answer", Map.of("choice", here.toString()))
                .getRedirectedUrl()).contains("?answered");
        assertThat(postAs(ben, "/moments/reassurance/requests/" + request + "/answer", Map.of("choice", "here"))
                .getRedirectedUrl()).contains("?already");
        assertThat(text(page(ben, "/"))).doesNotContain("Ana is having a hard moment");
        assertThat(text(page(ana, "/"))).contains("Ben answered when you asked for reassurance.");
        assertThat(text(page(ana, "/moments/reassurance/requests/" + request))).contains("Ben answered:").contains("Just say you're here");
        assertThat(text(page(ana, "/"))).doesNotContain("Ben answered when you asked");
    }

    @Test
    void aPauseAndAConcerningSafetyCheckTurnAskingOffWithoutTellingThePartnerWhy() throws Exception {
        postAs(ben, "/moments/reassurance/pause", Map.of());
        assertThat(text(page(ana, "/hard-moment"))).contains("Reassurance is paused for now.").doesNotContain("I’m having a hard moment");
        assertThat(text(postAs(ana, "/hard-moment/ask", Map.of()))).contains("Reassurance is paused for now.");
        postAs(ben, "/moments/reassurance/resume", Map.of());

        // Ana's own concerning check: she cannot ask, and Ben's requests no longer reach her; Ben sees nothing different.
        String benBefore = normalised(page(ben, "/moments/reassurance").getContentAsString());
        String benHardMomentBefore = normalised(page(ben, "/hard-moment").getContentAsString());
        safety.record(ana.id(), Map.of(SafetyQuestion.AFRAID, SafetyAnswer.OFTEN, SafetyQuestion.HURT, SafetyAnswer.NEVER,
                SafetyQuestion.THREATENED, SafetyAnswer.NEVER, SafetyQuestion.INSULTED, SafetyAnswer.NEVER,
                SafetyQuestion.CONTROLLED, SafetyAnswer.NEVER));
        assertThat(text(page(ana, "/hard-moment"))).contains("Because of your safety check").doesNotContain("I’m having a hard moment");
        assertThat(postAs(ana, "/hard-moment/ask", Map.of()).getStatus()).isEqualTo(200);
        assertThat(normalised(page(ben, "/moments/reassurance").getContentAsString())).isEqualTo(benBefore);
        assertThat(normalised(page(ben, "/hard-moment").getContentAsString())).isEqualTo(benHardMomentBefore);
        assertThat(postAs(ben, "/hard-moment/ask", Map.of()).getRedirectedUrl()).startsWith("/moments/reassurance/requests/");
        assertThat(text(page(ana, "/"))).doesNotContain("Ben is having a hard moment");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reassurance_request WHERE requester_id = ?").param(ana.id().value().toString())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theHardMomentPagesOfThePartnerAreTheSameWhateverTheOtherWrote() throws Exception {
        String before = normalised(page(ben, "/moments").getContentAsString()) + normalised(page(ben, "/hard-moment").getContentAsString())
                + normalised(page(ben, "/moments/dates").getContentAsString()) + normalised(page(ben, "/").getContentAsString());
        for (int i = 0; i < 12; i++) {
            postAs(ana, "/moments", Map.of("strength", "5", "what", "private " + i, "tags", "t" + i));
        }
        postAs(ana, "/moments/plan", Map.of("helps", "A walk", "version", "-1"));
        postAs(ana, "/moments/dates", Map.of("label", "The day I found out", "day", "2026-12-20", "yearly", "true"));
        String after = normalised(page(ben, "/moments").getContentAsString()) + normalised(page(ben, "/hard-moment").getContentAsString())
                + normalised(page(ben, "/moments/dates").getContentAsString()) + normalised(page(ben, "/").getContentAsString());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aHardDateAppearsAheadOfTimeAndItsAskReachesThePartnerWithoutTheDay() throws Exception {
        // Today on Ana's calendar (the test people live in Madrid), whatever the hour in UTC.
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Madrid")));
        java.time.LocalDate day = today.plusDays(10);
        assertThat(postAs(ana, "/moments/dates", Map.of("label", "The day I found out", "day", day.toString(), "yearly", "true",
                "ask", "Please be home early")).getRedirectedUrl()).contains("?added");
        assertThat(text(page(ana, "/"))).doesNotContain("A day you marked as hard is coming");
        assertThat(text(page(ben, "/"))).doesNotContain("asked you for something");

        clock.advance(Duration.ofDays(4));
        assertThat(text(page(ana, "/"))).contains("A day you marked as hard is coming. It may help to plan for it.")
                .contains("The day I found out");
        assertThat(text(page(ben, "/"))).doesNotContain("asked you for something");
        clock.advance(Duration.ofDays(3));
        String benToday = text(page(ben, "/"));
        assertThat(benToday).contains("Ana asked you for something on a day that is hard for them.").contains("Please be home early")
                .doesNotContain("The day I found out");
        assertThat(text(page(cleo, "/"))).doesNotContain("Please be home early");
        clock.advance(Duration.ofDays(3));
        assertThat(text(page(ana, "/"))).contains("Today is a day you marked as hard.");

        String bad = text(postAs(ana, "/moments/dates", Map.of("label", "", "day", "31-02-2026", "ask", "y".repeat(501))));
        assertThat(bad).contains("Please write a few words so you recognise the day.").contains("Please give a date")
                .contains("500 characters");
        UUID id = UUID.fromString(jdbc.sql("SELECT id FROM hard_date WHERE person_id = ?").param(ana.id().value().toString())
                .query(String.class).single());
        assertThat(postAs(ben, "/moments/dates/" + id + "/delete", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/moments/dates/" + id + "/delete", Map.of()).getRedirectedUrl()).contains("?deleted");
    }

    @Test
    void anAskWrittenAloneReachesAPartnerWhoJoinsLaterOnlyWhenItsWriterShowsIt() throws Exception {
        TestPerson nora = people.create("Nora");
        couples.chooseRole(nora.id(), app.kintsugi.couple.Role.HURT_PARTNER);
        assertThat(text(page(nora, "/moments/dates"))).contains("Only you see this for now. If a partner joins your space later");
        java.time.LocalDate day = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("UTC"))).plusDays(2);
        postAs(nora, "/moments/dates", Map.of("label", "The day I found out", "day", day.toString(), "yearly", "true",
                "ask", "Hold my hand that evening"));
        UUID id = UUID.fromString(jdbc.sql("SELECT id FROM hard_date WHERE person_id = ?").param(nora.id().value().toString())
                .query(String.class).single());

        TestPerson omar = people.create("Omar");
        couples.join(omar.id(), couples.newInvitation(nora.id()).code(), app.kintsugi.couple.Role.BROKE_TRUST);
        assertThat(text(page(omar, "/"))).doesNotContain("Hold my hand").doesNotContain("asked you for something");
        assertThat(text(page(omar, "/moments/reassurance"))).doesNotContain("Hold my hand");
        String hers = text(page(nora, "/moments/dates"));
        assertThat(hers).contains("You wrote this before Omar was in your space, so only you see it.")
                .contains("Let Omar see this ask").contains("Your partner sees only this, from three days before");

        // Nobody else can show it: not Omar, not another couple, not a visitor.
        assertThat(postAs(omar, "/moments/dates/" + id + "/show-ask", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/moments/dates/" + id + "/show-ask", Map.of()).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/moments/dates/" + id + "/show-ask")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getStatus()).isIn(302, 401, 404);
        assertThat(text(page(omar, "/"))).doesNotContain("Hold my hand");

        assertThat(postAs(nora, "/moments/dates/" + id + "/show-ask", Map.of()).getRedirectedUrl()).contains("?shown");
        assertThat(text(page(omar, "/"))).contains("Nora asked you for something on a day that is hard for them.")
                .contains("Hold my hand that evening").doesNotContain("The day I found out");
        assertThat(text(page(nora, "/moments/dates"))).doesNotContain("Let Omar see this ask");

        // Written with a partner there, an ask is meant for them at once.
        postAs(ana, "/moments/dates", Map.of("label", "Our anniversary", "day", day.toString(), "yearly", "true", "ask", "A quiet dinner"));
        assertThat(text(page(ben, "/"))).contains("A quiet dinner");
        assertThat(text(page(ana, "/moments/dates"))).doesNotContain("before Ben was in your space");
    }

    @Test
    void thePlanIsSavedChangedAndShownInAHardMoment() throws Exception {
        assertThat(text(postAs(ana, "/moments/plan", Map.of("helps", " ", "avoid", "", "people", "", "version", "-1"))))
                .contains("Please write at least one part of your plan.");
        assertThat(postAs(ana, "/moments/plan", Map.of("helps", "Cold water, a walk", "avoid", "Rereading messages",
                "people", "My sister", "version", "-1")).getRedirectedUrl()).contains("?saved");
        assertThat(text(page(ana, "/hard-moment"))).contains("Cold water, a walk").contains("Rereading messages").contains("My sister");
        assertThat(text(postAs(ana, "/moments/plan", Map.of("helps", "Old window", "version", "-1"))))
                .contains("changed in another window").contains("Old window");
        assertThat(postAs(ana, "/moments/plan", Map.of("helps", "A walk", "version", "0")).getRedirectedUrl()).contains("?saved");
        assertThat(text(page(ben, "/hard-moment"))).doesNotContain("A walk");
    }

    @Autowired
    app.kintsugi.communication.Dialogues dialogues;

    @Autowired
    app.kintsugi.account.Accounts accounts;

    @Autowired
    app.kintsugi.transparency.Questions questions;

    @Test
    void aBreakFromAWrittenExchangeIsSeenByTheOtherAsABreakAndNothingMore() throws Exception {
        UUID thread = dialogues.start(ben.id(), "About Sunday", "I want to tell you what happened on Sunday.");
        String before = text(page(ana, "/dialogue/" + thread));
        assertThat(before).contains("This feels overwhelming").contains("Take a 20-minute break");
        assertThat(postAs(cleo, "/dialogue/" + thread + "/break", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/dialogue/" + thread + "/break", Map.of()).getRedirectedUrl()).isEqualTo("/dialogue/" + thread + "?break#pause");
        String hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(clock.instant().plus(Duration.ofMinutes(20))
                .atZone(accounts.find(ana.id()).orElseThrow().timeZone()));
        assertThat(text(page(ana, "/dialogue/" + thread))).contains("You are taking a break until " + hhmm).contains("I’m back");
        assertThat(text(page(ben, "/dialogue/" + thread))).contains("Ana is taking a break, back at " + hhmm + ".");
        clock.advance(Duration.ofMinutes(21));
        assertThat(text(page(ben, "/dialogue/" + thread))).doesNotContain("is taking a break");

        UUID question = questions.ask(ana.id(), "Who else knew?");
        assertThat(postAs(ben, "/questions/" + question + "/break", Map.of()).getRedirectedUrl()).contains("?break");
        assertThat(text(page(ana, "/questions/" + question))).contains("Ben is taking a break, back at");
        assertThat(postAs(ben, "/questions/" + question + "/break/end", Map.of()).getStatus()).isEqualTo(302);
        assertThat(text(page(ana, "/questions/" + question))).doesNotContain("is taking a break");
        assertThat(postAs(cleo, "/questions/" + question + "/break", Map.of()).getStatus()).isEqualTo(404);

        assertThat(text(page(ana, "/pause"))).contains("It’s fine to step away.");
        assertThat(text(page(ana, "/sharing"))).contains("This feels overwhelming").contains("Take a moment")
                .contains("Talk about this in our next conversation");
    }

    @Test
    void aTalkThatWentBadlyIsGoneOverEachSideWrittenAloneAndReadSideBySideOnlyOnceBothShared() throws Exception {
        assertThat(text(postAs(ana, "/repairs", Map.of("title", " ")))).contains("Please name the talk in a few words");
        String started = postAs(ana, "/repairs", Map.of("title", "Sunday lunch at my parents")).getRedirectedUrl();
        UUID id = UUID.fromString(started.substring("/repairs/".length(), started.indexOf('?')));
        assertThat(text(page(ben, "/"))).contains("Ana would like to go over a talk that went badly.");
        assertThat(page(cleo, "/repairs/" + id).getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/repairs/" + id, Map.of("perception", "x", "version", "-1")).getStatus()).isEqualTo(404);
        assertThat(text(page(cleo, "/repairs"))).doesNotContain("Sunday lunch");

        assertThat(text(postAs(ana, "/repairs/" + id, Map.of("perception", "", "version", "-1"))))
                .contains("Please write at least one part, or name a feeling.");
        assertThat(text(postAs(ana, "/repairs/" + id, Map.of("feelings", "BORED", "perception", "kept ✓", "version", "-1"))))
                .contains("Please choose from the feelings listed.").contains("kept ✓");
        assertThat(text(postAs(ana, "/repairs/" + id, Map.of("owned", "o".repeat(4_001), "version", "-1")))).contains("4,000 characters");
        assertThat(postAs(ana, "/repairs/" + id, Map.of("feelings", "HURT", "perception", "ANA-SIDE-of-saturday",
                "owned", "I walked out of the kitchen.", "version", "-1")).getRedirectedUrl()).contains("?saved");
        assertThat(text(postAs(ana, "/repairs/" + id, Map.of("perception", "second window", "version", "-1"))))
                .contains("changed in another window").contains("second window");
        assertThat(text(page(ben, "/repairs/" + id))).as("not shared yet").doesNotContain("ANA-SIDE");
        assertThat(postAs(ana, "/repairs/" + id + "/share", Map.of()).getRedirectedUrl()).contains("?shared");

        String benBefore = text(page(ben, "/repairs/" + id));
        assertThat(benBefore).contains("Ana has shared their side. You will see it beside yours once you share yours.")
                .doesNotContain("ANA-SIDE").doesNotContain("I walked out of the kitchen");
        assertThat(postAs(ben, "/repairs/" + id + "/share", Map.of()).getRedirectedUrl()).contains("?nothing");
        postAs(ben, "/repairs/" + id, Map.of("feelings", "DEFENSIVE", "perception", "BEN-SIDE-of-saturday", "version", "-1"));
        assertThat(text(page(ana, "/repairs/" + id))).doesNotContain("BEN-SIDE").contains("You will see both once Ben shares theirs.");
        postAs(ben, "/repairs/" + id + "/share", Map.of());
        String both = text(page(ana, "/repairs/" + id));
        assertThat(both).contains("Side by side").contains("ANA-SIDE-of-saturday").contains("BEN-SIDE-of-saturday")
                .contains("Ben’s side").contains("defensive").contains("Plan the next conversation");
        assertThat(text(page(ben, "/repairs/" + id))).contains("ANA-SIDE-of-saturday").contains("BEN-SIDE-of-saturday");
        assertThat(page(cleo, "/repairs/" + id).getStatus()).isEqualTo(404);
    }

    private UUID line(String text) {
        return jdbc.sql("SELECT id FROM reassurance_line WHERE author_id = ?").param(ana.id().value().toString()).query(String.class)
                .list().stream().map(UUID::fromString)
                .filter(id -> text.equals(reassuranceText(id))).findFirst().orElseThrow();
    }

    @Autowired
    Reassurance reassurance;

    private String reassuranceText(UUID id) {
        return reassurance.view(ana.id()).mine().stream().filter(l -> l.id().equals(id)).findFirst().map(ReassuranceView.Line::text)
                .orElse(null);
    }

    /** A page without what changes between two requests of the same page (the CSRF token, nonces). */
    private static String normalised(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("content=\"[^\"]*\" name=\"csrf-token\"", "")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "").replaceAll("nonce=\"[^\"]*\"", "");
    }
}
