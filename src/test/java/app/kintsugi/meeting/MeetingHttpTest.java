package app.kintsugi.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.meeting.internal.MeetingRules;
import app.kintsugi.respect.Appreciations;

/** A week of State of Us through the pages: agreeing a time, preparing privately, holding it, and the weeks after. */
class MeetingHttpTest extends TwoCouplesTest {

    @Autowired
    Appreciations appreciations;

    @Autowired
    app.kintsugi.account.TestAccounts people;

    @Test
    void aWeekOfStateOfUs() throws Exception {
        // Start on a Monday morning, so the whole week lies ahead.
        LocalDate now = LocalDate.now(clock.withZone(MADRID));
        LocalDate monday = MeetingRules.weekOf(now).plusWeeks(1);
        clock.advance(Duration.between(clock.instant(), monday.atTime(9, 0).atZone(MADRID).toInstant()));
        String wednesday = "WEDNESDAY";

        // The time, chosen together: Ana proposes Tuesday, Ben proposes Wednesday, Ana accepts.
        assertThat(text(page(ana, "/together"))).contains("State of Us");
        assertThat(text(page(ana, "/meeting"))).contains("State of Us").contains("Propose this time");
        assertThat(text(postAs(ana, "/meeting/time", Map.of("weekday", "", "time", "later", "version", "-1"))))
                .contains("Please choose a day.").contains("Please give a time, like 19:00.");
        assertThat(postAs(ana, "/meeting/time", Map.of("weekday", "TUESDAY", "time", "19:00", "version", "-1")).getRedirectedUrl())
                .startsWith("/meeting?timeSaved");
        assertThat(text(page(ana, "/meeting"))).contains("You proposed Tuesday at 19:00 (Europe/Madrid). Ben hasn’t answered yet.");
        assertThat(text(page(ben, "/"))).contains("Ana proposed a time for your weekly meeting.");
        assertThat(text(page(ben, "/meeting"))).contains("Ana proposes Tuesday at 19:00 (Europe/Madrid).");
        assertThat(postAs(ana, "/meeting/time/accept", Map.of("version", "0")).getStatus()).as("not one's own proposal").isEqualTo(200);
        postAs(ben, "/meeting/time", Map.of("weekday", wednesday, "time", "20:30", "version", "0"));
        assertThat(postAs(ben, "/meeting/time", Map.of("weekday", wednesday, "time", "20:00", "version", "0")).getRedirectedUrl())
                .as("a stale proposal changes nothing").startsWith("/meeting?timeChanged");
        assertThat(text(page(ana, "/"))).contains("Ben proposed a time for your weekly meeting.");
        assertThat(postAs(ana, "/meeting/time/accept", Map.of("version", "1")).getRedirectedUrl()).startsWith("/meeting?timeAgreed");
        assertThat(text(page(ben, "/meeting"))).contains("You meet every Wednesday at 20:30 (Europe/Madrid).");
        assertThat(text(page(ben, "/"))).doesNotContain("proposed a time").doesNotContain("State of Us meeting is today");

        String spanish = text(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/meeting")
                .param("lang", "es").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(ben.principal()))).andReturn().getResponse());
        assertThat(spanish).contains("Cómo estamos").contains("Os reunís cada miércoles a las 20:30 (Europe/Madrid).")
                .contains("Lo que necesito esta semana");

        // The agenda of the week, from the other practices.
        appreciations.send(ana.id(), "Thank you for the soup MARK-appr");
        assertThat(text(page(ben, "/meeting"))).contains("From Ana: Thank you for the soup MARK-appr").contains("Sent by you: 0. Received: 1.");
        assertThat(text(page(ana, "/meeting"))).contains("To Ben: Thank you for the soup MARK-appr").contains("Sent by you: 1. Received: 0.");

        // Preparation is private: Ben's pages are the same whether Ana prepared or not.
        List<String> bensPages = List.of("/", "/meeting", "/meeting/now", "/meeting/history", "/commitments", "/conversations");
        Map<String, String> before = new HashMap<>();
        for (String path : bensPages) {
            before.put(path, normalize(page(ben, path).getContentAsString()));
        }
        assertThat(text(postAs(ana, "/meeting/prepare", Map.of("wentWell", "", "talkAbout", "", "need", "", "version", "-1"))))
                .contains("Please write at least one of the three.");
        assertThat(postAs(ana, "/meeting/prepare", Map.of("wentWell", "ANA-well the walk", "talkAbout", "ANA-talk the holidays",
                "need", "ANA-need an evening alone", "version", "-1")).getRedirectedUrl()).startsWith("/meeting?prepared");
        assertThat(text(page(ana, "/meeting"))).contains("ANA-well the walk").contains("ANA-need an evening alone");
        assertThat(text(postAs(ana, "/meeting/prepare", Map.of("wentWell", "ANA-well typed elsewhere", "talkAbout", "", "need", "",
                "version", "-1")))).as("an edit over a newer one keeps what was typed and says so")
                .contains("This was changed somewhere else in the meantime.").contains("ANA-well typed elsewhere");
        assertThat(text(page(ana, "/meeting"))).contains("ANA-well the walk");
        for (String path : bensPages) {
            assertThat(normalize(page(ben, path).getContentAsString())).as(path).isEqualTo(before.get(path));
        }
        assertThat(new String(jdbc.sql("SELECT went_well FROM meeting_prep WHERE person_id = ?").param(ana.id().value().toString())
                .query(byte[].class).single(), StandardCharsets.ISO_8859_1)).doesNotContain("ANA-well");
        assertThat(text(page(cleo, "/meeting"))).doesNotContain("ANA-").doesNotContain("MARK-appr");
        assertThat(postAs(cleo, "/meeting/held", Map.of()).getRedirectedUrl()).isEqualTo("/meeting?notNow");
        TestPerson alone = people.create("Eva");
        assertThat(text(page(alone, "/meeting"))).contains("Once your partner has joined your space");
        assertThat(postAs(alone, "/meeting/prepare", Map.of("wentWell", "x", "version", "-1")).getStatus()).isEqualTo(200);
        assertThat(postAs(alone, "/meeting/start", Map.of()).getRedirectedUrl()).isEqualTo("/meeting?notNow");

        // Wednesday: Today says so, for both.
        clock.advance(Duration.ofDays(2));
        assertThat(text(page(ana, "/"))).contains("Your State of Us meeting is today");
        assertThat(text(page(ben, "/"))).contains("Your State of Us meeting is today");
        postAs(ben, "/meeting/prepare", Map.of("wentWell", "BEN-well the dinner", "talkAbout", "BEN-talk the phone", "need", "",
                "version", "-1"));
        assertThat(text(page(ana, "/meeting"))).doesNotContain("BEN-");
        assertThat(postAs(ben, "/meeting/need", Map.of()).getRedirectedUrl()).as("not before it started").isEqualTo("/meeting?notNow");

        // Holding it: once started, each sees what the other prepared, in order.
        assertThat(page(ana, "/meeting/now").getRedirectedUrl()).isEqualTo("/meeting");
        assertThat(postAs(ben, "/meeting/start", Map.of()).getRedirectedUrl()).isEqualTo("/meeting/now");
        String held = text(page(ana, "/meeting/now"));
        assertThat(held).contains("ANA-well the walk").contains("BEN-well the dinner").contains("ANA-talk the holidays")
                .contains("BEN-talk the phone").contains("ANA-need an evening alone");
        assertThat(held.indexOf("BEN-well")).isLessThan(held.indexOf("BEN-talk"));
        assertThat(held.indexOf("ANA-talk")).isLessThan(held.indexOf("ANA-need"));
        assertThat(text(page(ben, "/meeting/now"))).contains("ANA-well the walk").contains("ANA-need an evening alone");

        // A topic becomes a planned conversation; Ana's need becomes a commitment shared with Ben.
        String talk = postAs(ben, "/meeting/talk", Map.of()).getRedirectedUrl();
        assertThat(talk).startsWith("/conversations/");
        assertThat(text(page(ana, talk))).contains("BEN-talk the phone");
        assertThat(postAs(ana, "/meeting/need", Map.of()).getRedirectedUrl()).startsWith("/meeting/now?committed");
        assertThat(postAs(ana, "/meeting/need", Map.of()).getRedirectedUrl()).as("once").isEqualTo("/meeting?notNow");
        assertThat(text(page(ben, "/commitments"))).contains("ANA-need an evening alone");
        assertThat(postAs(ben, "/meeting/need", Map.of()).getRedirectedUrl()).as("Ben wrote no need").isEqualTo("/meeting?notNow");
        assertThat(postAs(ana, "/meeting/held", Map.of()).getRedirectedUrl()).startsWith("/meeting/history?held");
        assertThat(text(page(ben, "/"))).doesNotContain("State of Us meeting is today");
        assertThat(text(page(ana, "/meeting"))).contains("You held this week’s meeting.");
        assertThat(text(page(ben, "/meeting/history"))).contains("Held").contains("Went well: ANA-well the walk").doesNotContain("Skipped");

        // The weeks after: this one held, with what each shared; a week without a meeting skipped.
        clock.advance(Duration.ofDays(7));
        String history = text(page(ben, "/meeting/history"));
        assertThat(history).contains("Held").contains("Went well: ANA-well the walk").contains("Went well: BEN-well the dinner")
                .contains("Needed: ANA-need an evening alone").doesNotContain("Skipped");
        clock.advance(Duration.ofDays(7));
        history = text(page(ana, "/meeting/history"));
        assertThat(history).contains("Skipped").contains("Held");
        assertThat(history.indexOf("Skipped")).as("newest first").isLessThan(history.indexOf("Held"));
        assertThat(text(page(cleo, "/meeting/history"))).doesNotContain("ANA-").contains("No meetings yet.");
    }

    private static String normalize(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "");
    }
}
