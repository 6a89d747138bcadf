package app.kintsugi.respect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.LiveAction;
import app.kintsugi.communication.LiveSessions;
import app.kintsugi.communication.PlanDraft;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;

class RespectHttpTest extends TwoCouplesTest {

    @Autowired
    Couples couples;

    @Autowired
    Commitments commitments;

    @Autowired
    WeeklyPrompts prompts;

    @Autowired
    Conversations conversations;

    @Autowired
    LiveSessions live;

    @Autowired
    AuditLog audit;

    @Test
    void appreciationsKindActsAndCheckInsMakeTheRatioWhichBothSeeTogetherOnlyOnceBothChoseIt() throws Exception {
        // The prompt of the week heads the form; nothing about it reaches the dashboard.
        String form = text(page(ana, "/appreciations"));
        assertThat(form).contains("This week, you might think about").contains(prompts.of(today(), Locale.ENGLISH).text());
        assertThat(text(page(ana, "/"))).doesNotContain(prompts.of(today(), Locale.ENGLISH).text());

        // Appreciations, exchanged: news on the dashboard until opened.
        UUID fromAna = sent(ana, "Thank you for making dinner when I could not face it.");
        assertThat(text(page(ben, "/"))).contains("Ana sent you an appreciation.");
        String bens = text(page(ben, "/appreciations"));
        assertThat(bens).contains("From Ana").contains("Thank you for making dinner when I could not face it.").contains("New");
        assertThat(bens).contains("id=\"a-" + fromAna + "\"");
        assertThat(text(page(ben, "/"))).as("opened").doesNotContain("Ana sent you an appreciation");
        assertThat(text(page(ben, "/appreciations"))).as("new only the first time").doesNotContain(">New<");
        sent(ben, "Thank you for listening last night.");
        String anas = text(page(ana, "/appreciations"));
        assertThat(anas.indexOf("Thank you for listening last night.")).as("received first")
                .isLessThan(anas.indexOf("What you sent"));
        assertThat(anas.indexOf("Thank you for making dinner")).isGreaterThan(anas.indexOf("What you sent"));

        // Kind acts: private until shared, and shared ones seen by the partner.
        UUID tea = logged(ben, "Brought you tea in bed", today().minusDays(1).toString());
        logged(ben, "Folded the laundry", "");
        logged(ben, "Fixed the bike", today().minusDays(7).toString());
        logged(ana, "Called your mother back", today().toString());
        assertThat(text(page(ana, "/kind-acts"))).doesNotContain("Brought you tea").doesNotContain("Folded the laundry")
                .contains("Called your mother back").contains("Nothing shared with you yet.");
        assertThat(postAs(ben, "/kind-acts/" + tea + "/share", Map.of()).getRedirectedUrl()).contains("?shared#k-" + tea);
        assertThat(text(page(ana, "/kind-acts"))).contains("Shared by Ben").contains("Brought you tea in bed")
                .doesNotContain("Folded the laundry").doesNotContain("Fixed the bike");
        assertThat(audit.eventsAbout(tea)).extracting(AuditLog.AuditEvent::detail).containsExactly("PRIVATE->PARTNER");
        String bensActs = text(page(ben, "/kind-acts"));
        assertThat(bensActs).contains("Shared with your partner").contains("Only you").doesNotContain("Called your mother back");

        // A shared commitment: one day kept and confirmed, one day seen differently (honesty, counted on neither side).
        UUID c = commitments.create(ben.id(), new CommitmentDraft("Home by seven", "DAILY", List.of(),
                today().minusDays(2).toString(), "", "PARTNER"));
        for (LocalDate day : List.of(today(), today().minusDays(1))) {
            assertThat(postAs(ben, "/commitments/" + c + "/check-in", Map.of("day", day.toString(), "outcome", "KEPT"))
                    .getRedirectedUrl()).contains("?reported");
        }
        postAs(ana, "/commitments/" + c + "/confirm", Map.of("day", today().toString(), "version", "0", "confirmation", "CONFIRMED"));
        postAs(ana, "/commitments/" + c + "/confirm", Map.of("day", today().minusDays(1).toString(), "version", "0",
                "confirmation", "DISPUTED"));

        // Each sees their own page: the shared moments and their own private kind acts, nobody's words.
        String anaRatio = text(page(ana, "/respect/ratio"));
        assertThat(anaRatio).contains("Only you see this page.").contains("This includes 1 of your private kind acts.")
                .contains("In the last 12 weeks: 5 positive moments, and no negative ones.")
                .contains("It never reads what either of you wrote").contains("It is not a score or a target to hit.")
                .contains("<svg").contains("5 to 1").contains("The same, as a table")
                .doesNotContain("so you both see this part").doesNotContain("Who gave which");
        String benRatio = text(page(ben, "/respect/ratio"));
        assertThat(benRatio).contains("This includes 2 of your private kind acts.")
                .contains("In the last 12 weeks: 6 positive moments, and no negative ones.")
                .doesNotContain("Who gave which");
        for (String page : List.of(anaRatio, benRatio)) {
            assertThat(page).doesNotContain("making dinner").doesNotContain("listening last night").doesNotContain("tea in bed").doesNotContain("Home by seven");
        }

        // Ana chooses to share: nothing changes for Ben, who is not told.
        assertThat(postAs(ana, "/respect/ratio/sharing", Map.of("shared", "true")).getRedirectedUrl()).contains("?shareOn");
        assertThat(text(page(ana, "/respect/ratio"))).contains("You chose to share your ratio.").doesNotContain("Who gave which");
        String bensView = text(page(ben, "/respect/ratio"));
        assertThat(bensView).doesNotContain("Who gave which").doesNotContain("chose to share")
                .contains("Ana is not told whether you chose it");
        assertThat(text(page(ben, "/"))).doesNotContain("ratio");

        // Ben chooses it too: both see the same together view, with who gave what.
        postAs(ben, "/respect/ratio/sharing", Map.of("shared", "true"));
        for (TestPerson viewer : List.of(ana, ben)) {
            String together = plain(page(viewer, "/respect/ratio"));
            assertThat(together).as(viewer.name()).contains("Only you see this part.")
                    .contains("so you both see this part").contains("In the last 12 weeks: 4 positive moments, and no negative ones.")
                    .contains("Who gave which positive moments, last 12 weeks")
                    .contains(viewer == ana ? "Positive moments You Ben" : "Positive moments You Ana")
                    .contains(viewer == ana ? "Appreciations sent 1 1" : "Appreciations sent 1 1")
                    .contains(viewer == ana ? "Kind acts shared 0 1" : "Kind acts shared 1 0")
                    .contains(viewer == ana ? "Days kept on shared commitments 0 1" : "Days kept on shared commitments 1 0")
                    .contains("Listening confirmed 0 0");
        }

        // Either can withdraw at any time: the together view is gone for both at once.
        assertThat(postAs(ben, "/respect/ratio/sharing", Map.of("shared", "false")).getRedirectedUrl()).contains("?shareOff");
        assertThat(text(page(ana, "/respect/ratio"))).doesNotContain("Who gave which").contains("Only you see this page.");
        assertThat(text(page(ben, "/respect/ratio"))).doesNotContain("Who gave which");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ratio_consent WHERE person_id = ?").param(ben.id().toString())
                .query(Long.class).single()).isZero();

        // In Spanish, the same page.
        String spanish = text(mvc.perform(get("/respect/ratio").param("lang", "es").with(user(ana.principal())))
                .andReturn().getResponse());
        assertThat(spanish).contains("La proporción").contains("Solo tú ves esta página.")
                .contains("5 momentos positivos y ninguno negativo.");

        // Other couples see nothing of this.
        assertThat(text(page(cleo, "/respect/ratio"))).contains("Nothing was counted in the last 12 weeks.");
        assertThat(text(page(cleo, "/appreciations"))).doesNotContain("making dinner").doesNotContain("listening last night");
        assertThat(text(page(cleo, "/kind-acts"))).doesNotContain("tea in bed");
    }

    @Test
    void listeningConfirmedInALiveConversationCountsForWhoseListeningItWas() throws Exception {
        LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(MADRID)).plusDays(1);
        UUID id = conversations.propose(ana.id(), new PlanDraft("How our week went", tomorrow.toLocalDate().toString(), "19:00",
                "30", "At home"));
        conversations.accept(ben.id(), id, conversations.read(ben.id(), id).version());
        conversations.agree(ana.id(), id);
        conversations.agree(ben.id(), id);
        live.start(ana.id(), id, true);
        String anaDevice = live.claimDevice(ana.id(), id);
        String benDevice = live.claimDevice(ben.id(), id);
        long v = 0;
        // Three turns, each confirmed: Ben listened twice, Ana once. Then a "not quite" that counts nothing.
        for (TestPerson speaker : List.of(ana, ben, ana)) {
            TestPerson listener = speaker == ana ? ben : ana;
            live.act(speaker.id(), id, speaker == ana ? anaDevice : benDevice, LiveAction.DONE_SPEAKING, v++, null);
            live.act(listener.id(), id, listener == ana ? anaDevice : benDevice, LiveAction.REFLECTED, v++, null);
            live.act(speaker.id(), id, speaker == ana ? anaDevice : benDevice, LiveAction.CONFIRM, v++, null);
        }
        live.act(ben.id(), id, benDevice, LiveAction.DONE_SPEAKING, v++, null);
        live.act(ana.id(), id, anaDevice, LiveAction.REFLECTED, v++, null);
        live.act(ben.id(), id, benDevice, LiveAction.NOT_QUITE, v++, null);
        assertThat(text(page(ana, "/respect/ratio"))).as("a session counts once it has ended")
                .contains("Nothing was counted in the last 12 weeks.");
        live.act(ana.id(), id, anaDevice, LiveAction.END, v++, null);

        postAs(ana, "/respect/ratio/sharing", Map.of("shared", "true"));
        postAs(ben, "/respect/ratio/sharing", Map.of("shared", "true"));
        assertThat(plain(page(ana, "/respect/ratio"))).contains("In the last 12 weeks: 3 positive moments, and no negative ones.")
                .contains("Listening confirmed 1 2");
        assertThat(plain(page(ben, "/respect/ratio"))).contains("Listening confirmed 2 1");
    }

    @Test
    void badInputIsRefusedNextToTheFieldWithWhatWasWrittenKept() throws Exception {
        assertThat(text(postAs(ana, "/appreciations", Map.of("text", "   ")))).contains("Please write a few words about what you valued.");
        MockHttpServletResponse tooLong = postAs(ana, "/appreciations", Map.of("text", "Kept words " + "x".repeat(1_000)));
        assertThat(text(tooLong)).contains("This is longer than 1,000 characters.").contains("Kept words xxx");
        // A thousand characters as a person counts them, even when each is two UTF-16 units.
        assertThat(postAs(ana, "/appreciations", Map.of("text", "💛".repeat(1_000))).getRedirectedUrl()).contains("?sent");
        String html = "<script>alert(1)</script> <b>bold</b> ünïcødé ✓ 漢字";
        assertThat(postAs(ana, "/appreciations", Map.of("text", html)).getRedirectedUrl()).contains("?sent");
        MockHttpServletResponse shown = page(ben, "/appreciations");
        assertThat(shown.getContentAsString()).doesNotContain("<script>alert(1)").doesNotContain("<b>bold</b>");
        assertThat(text(shown)).contains(html);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appreciation WHERE author_id = ?").param(ana.id().toString()).query(Long.class)
                .single()).as("nothing stored for refused input").isEqualTo(2);

        assertThat(text(postAs(ben, "/kind-acts", Map.of("text", "", "day", "")))).contains("Please write, in a few words, what you did.");
        MockHttpServletResponse future = postAs(ben, "/kind-acts", Map.of("text", "Kept act", "day", today().plusDays(1).toString()));
        assertThat(text(future)).contains("That day has not come yet.").contains("Kept act");
        assertThat(text(postAs(ben, "/kind-acts", Map.of("text", "Old act", "day", today().minusDays(8).toString()))))
                .contains("Please choose a day within the last 7 days.").contains("Old act");
        assertThat(text(postAs(ben, "/kind-acts", Map.of("text", "Odd day", "day", "31/12/2026"))))
                .contains("Please choose a day from the list.");
        assertThat(text(postAs(ben, "/kind-acts", Map.of("text", "y".repeat(1_001), "day", ""))))
                .contains("This is longer than 1,000 characters.");
        assertThat(postAs(ben, "/kind-acts", Map.of("text", "Ünïcødé act <i>with</i> ✓", "day", today().minusDays(7).toString()))
                .getRedirectedUrl()).contains("?logged");
        assertThat(text(page(ben, "/kind-acts"))).contains("Ünïcødé act <i>with</i> ✓");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kind_act WHERE author_id = ?").param(ben.id().toString()).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(page(ben, "/respect/ratio?sharing=maybe").getStatus()).isEqualTo(200);
        assertThat(postAs(ben, "/respect/ratio/sharing", Map.of("shared", "maybe")).getRedirectedUrl()).contains("?shareOff");
    }

    @Test
    void anotherPersonOrCoupleGetsTheNotFoundPageOnEveryEndpointAndNothingChanges() throws Exception {
        UUID act = logged(ben, "secret-act-marker", "");
        sent(ben, "secret-appreciation-marker");
        TestPerson loner = people.create("Lone");
        for (TestPerson stranger : List.of(cleo, loner, ana)) {
            for (String path : List.of("/kind-acts/" + act + "/share", "/kind-acts/" + act + "/private",
                    "/kind-acts/" + UUID.randomUUID() + "/share", "/kind-acts/not-an-id/private")) {
                MockHttpServletResponse r = postAs(stranger, path, Map.of());
                assertThat(r.getStatus()).as(stranger.name() + " " + path).isEqualTo(404);
                assertThat(text(r)).contains("We couldn’t find that").doesNotContain("secret-");
            }
        }
        for (TestPerson stranger : List.of(cleo, loner)) {
            for (String path : List.of("/appreciations", "/kind-acts", "/respect/ratio", "/")) {
                assertThat(text(page(stranger, path))).as(stranger.name() + " " + path).doesNotContain("secret-")
                        .doesNotContain("Ben sent you");
            }
        }
        assertThat(text(page(ana, "/kind-acts"))).as("still private").doesNotContain("secret-act-marker");
        assertThat(audit.eventsAbout(act)).extracting(AuditLog.AuditEvent::action).containsOnly("WRITE_DENIED");

        // Once the space ends, nothing of it is shown or can be changed, and the choice to share does not carry over.
        postAs(ben, "/kind-acts/" + act + "/share", Map.of());
        postAs(ben, "/respect/ratio/sharing", Map.of("shared", "true"));
        couples.leave(ana.id());
        assertThat(postAs(ben, "/kind-acts/" + act + "/private", Map.of()).getStatus()).isEqualTo(404);
        assertThat(text(page(ana, "/kind-acts"))).doesNotContain("secret-");
        assertThat(text(page(ana, "/appreciations"))).doesNotContain("secret-");
        TestPerson eve = people.create("Eve");
        couples.join(eve.id(), couples.start(ben.id(), Role.BROKE_TRUST).code(), Role.HURT_PARTNER);
        assertThat(text(page(ben, "/respect/ratio"))).doesNotContain("You chose to share").contains("Only you see this page.")
                .contains("Nothing was counted in the last 12 weeks.");
        assertThat(text(page(eve, "/appreciations"))).doesNotContain("secret-");
        assertThat(text(page(eve, "/kind-acts"))).doesNotContain("secret-");
        // Ben keeps what he wrote in the space that ended, apart from the new one and only for himself (decision 0028).
        assertThat(text(page(ben, "/kind-acts"))).contains("From a space that has ended").contains("secret-act-marker");
        assertThat(text(page(ben, "/appreciations"))).contains("secret-appreciation-marker");
    }

    @Test
    void withoutAPartnerKindActsAreOnesOwnAndTheRestSaysItNeedsTwo() throws Exception {
        TestPerson waiting = people.create("Waiting");
        couples.start(waiting.id(), Role.HURT_PARTNER);
        TestPerson alone = people.create("Alone");
        for (TestPerson solo : List.of(waiting, alone)) {
            assertThat(text(page(solo, "/appreciations"))).as(solo.name()).contains("they wait until your partner is in your space")
                    .contains("Kind acts you can note on your own.");
            assertThat(text(page(solo, "/respect/ratio"))).as(solo.name()).contains("This needs two people")
                    .contains("there is no chart");
            assertThat(text(postAs(solo, "/appreciations", Map.of("text", "Anyone there?"))))
                    .contains("This needs your partner in your space.");
            MockHttpServletResponse share = postAs(solo, "/respect/ratio/sharing", Map.of("shared", "true"));
            assertThat(share.getRedirectedUrl()).contains("?noPartner");
            assertThat(text(page(solo, share.getRedirectedUrl()))).contains("This needs your partner in your space.");
        }
        // Kind acts: a list of one's own in a space of one (decision 0042); without any space, a role comes first.
        assertThat(text(page(waiting, "/kind-acts"))).contains("On your own, this list is only for you");
        assertThat(postAs(waiting, "/kind-acts", Map.of("text", "A kind act", "day", "")).getRedirectedUrl()).contains("?logged");
        assertThat(text(page(alone, "/kind-acts"))).contains("You can keep this list on your own. Choose your role first");
        assertThat(text(postAs(alone, "/kind-acts", Map.of("text", "A kind act", "day", "")))).contains("Choose your role first");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kind_act WHERE author_id = ?").param(alone.id().toString()).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kind_act WHERE author_id = ? AND visibility = 'PRIVATE'")
                .param(waiting.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    private UUID sent(TestPerson author, String text) throws Exception {
        String to = postAs(author, "/appreciations", Map.of("text", text)).getRedirectedUrl();
        assertThat(to).contains("?sent#a-");
        return UUID.fromString(to.replaceAll("^.*#a-", ""));
    }

    private UUID logged(TestPerson author, String text, String day) throws Exception {
        String to = postAs(author, "/kind-acts", Map.of("text", text, "day", day)).getRedirectedUrl();
        assertThat(to).contains("?logged#k-");
        return UUID.fromString(to.replaceAll("^.*#k-", ""));
    }

    /** A page's text without tags, with runs of white space made one space: for reading tables. */
    private static String plain(MockHttpServletResponse response) throws Exception {
        return text(response).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MADRID));
    }
}
