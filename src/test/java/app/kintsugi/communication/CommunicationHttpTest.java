package app.kintsugi.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

class CommunicationHttpTest extends TwoCouplesTest {

    private static final Pattern DEVICE = Pattern.compile("data-device=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("data-version=\"(\\d+)\"");

    @Autowired
    Couples couples;

    @Autowired
    Conversations conversations;

    @Autowired
    Dialogues dialogues;

    @Test
    void twoPartnersPlanAgreeAndHoldALiveSessionWithANotQuiteAndABreak() throws Exception {
        UUID id = planned("What happened in March");
        assertThat(text(page(ben, "/"))).contains("Ana would like to plan a conversation with you");
        String invitation = text(page(ben, "/conversations/" + id));
        assertThat(invitation).contains("What happened in March").contains("Ana would like to talk. Does this time work for you?");
        assertThat(postAs(ben, "/conversations/" + id + "/accept", Map.of("version", version(id))).getRedirectedUrl())
                .endsWith("?accepted");

        assertThat(page(ana, "/conversations/" + id + "/live").getRedirectedUrl()).isEqualTo("/conversations/" + id);
        // Not before both agreed to the rules.
        assertThat(postAs(ana, "/conversations/" + id + "/start", Map.of("first", "me")).getRedirectedUrl())
                .endsWith("?notStarted=live.start.rulesFirst");
        postAs(ana, "/conversations/" + id + "/agree", Map.of());
        assertThat(postAs(ana, "/conversations/" + id + "/start", Map.of("first", "me")).getRedirectedUrl())
                .endsWith("?notStarted=live.start.rulesFirst");
        postAs(ben, "/conversations/" + id + "/agree", Map.of());
        assertThat(postAs(ana, "/conversations/" + id + "/start", Map.of("first", "me")).getRedirectedUrl())
                .isEqualTo("/conversations/" + id + "/live");

        Screen anaScreen = open(ana, id);
        Screen benScreen = open(ben, id);
        assertThat(anaScreen.html).contains("You have the floor").contains("I feel… when… I need…")
                .as("the ground rules stay at hand").contains("No name-calling, insults, mockery or sarcasm.");
        assertThat(benScreen.html).contains("Ana has the floor").contains("Listen without answering yet");
        assertThat(text(page(ben, "/"))).contains("Your conversation with Ana is happening now");

        // Out of turn: the listener cannot pass the speaker's floor.
        assertThat(act(benScreen, "DONE_SPEAKING", null)).contains("That is for the person who has the floor.");
        benScreen = open(ben, id);
        act(anaScreen, "DONE_SPEAKING", null);
        anaScreen = open(ana, id);
        benScreen = open(ben, id);
        assertThat(benScreen.html).contains("Say back what you heard");
        act(benScreen, "REFLECTED", "You felt alone when I stopped calling.");
        anaScreen = open(ana, id);
        assertThat(anaScreen.html).contains("Was that it?").contains("You felt alone when I stopped calling.");
        act(anaScreen, "NOT_QUITE", null);
        anaScreen = open(ana, id);
        assertThat(anaScreen.html).contains("You have the floor").contains("Try saying it again in other words");

        act(anaScreen, "DONE_SPEAKING", null);
        benScreen = open(ben, id);
        act(benScreen, "REFLECTED", "");
        anaScreen = open(ana, id);
        assertThat(anaScreen.html).doesNotContain("You felt alone when I stopped calling.");
        act(anaScreen, "CONFIRM", null);
        benScreen = open(ben, id);
        assertThat(benScreen.html).contains("You have the floor");

        // A break: nobody goes on before the countdown is over.
        act(benScreen, "PAUSE", null);
        anaScreen = open(ana, id);
        assertThat(anaScreen.html).contains("Ben asked for a break").contains("20:00");
        assertThat(act(anaScreen, "RESUME", null)).contains("The break is not over yet");
        clock.advance(Duration.ofMinutes(20));
        anaScreen = open(ana, id);
        act(anaScreen, "RESUME", null);
        benScreen = open(ben, id);
        assertThat(benScreen.html).contains("You have the floor");
        act(benScreen, "END", null);

        anaScreen = open(ana, id);
        assertThat(anaScreen.html).contains("How it went").contains("For you alone");
        LiveView summary = liveSessions.view(ana.id(), id, anaScreen.device);
        assertThat(summary.phase()).isEqualTo(Phase.ENDED);
        assertThat(summary.turns()).isEqualTo(1);
        assertThat(summary.confirmations()).isEqualTo(1);
        assertThat(summary.notQuite()).isEqualTo(1);
        assertThat(summary.breaks()).isEqualTo(1);
        assertThat(summary.endReason()).isEqualTo(EndReason.FINISHED);

        assertThat(postAs(ana, "/conversations/" + id + "/live/rating", Map.of("heard", "6", "safe", "", "note", "kept-text"))
                .getContentAsString()).contains("Please choose a number from 1 to 5.").contains("kept-text");
        assertThat(postAs(ana, "/conversations/" + id + "/live/rating", Map.of("heard", "4", "safe", "2", "note",
                "private-note-Qv8")).getRedirectedUrl()).endsWith("/live?rated");
        String anaAfter = text(page(ana, "/conversations/" + id + "/live"));
        assertThat(anaAfter).contains("I felt heard: 4 of 5. I felt safe: 2 of 5.").contains("private-note-Qv8")
                .contains("Where to find help");
        String benAfter = text(page(ben, "/conversations/" + id + "/live"));
        assertThat(benAfter).contains("How it went").doesNotContain("private-note-Qv8").doesNotContain("4 of 5");
        assertThat(conversations.read(ana.id(), id).status()).isEqualTo(ConversationStatus.ENDED);
    }

    @Autowired
    LiveSessions liveSessions;

    @Test
    void aSecondDeviceTakesOverThePersonsScreenInsteadOfBreakingTheSession() throws Exception {
        UUID id = liveConversation();
        Screen phone = open(ana, id);
        assertThat(versionStatus(ana, id, phone.device)).isEqualTo(200);
        Screen laptop = open(ana, id);
        assertThat(versionStatus(ana, id, phone.device)).isEqualTo(409);
        assertThat(versionStatus(ana, id, laptop.device)).isEqualTo(200);
        assertThat(act(phone, "DONE_SPEAKING", null)).contains("open on another of your devices, so nothing was sent");
        assertThat(liveSessions.view(ana.id(), id, laptop.device).phase()).isEqualTo(Phase.SPEAKING);
        act(laptop, "DONE_SPEAKING", null);
        assertThat(liveSessions.view(ana.id(), id, laptop.device).phase()).isEqualTo(Phase.REFLECTING);
        // The partner's device is untouched.
        Screen benScreen = open(ben, id);
        assertThat(benScreen.html).contains("Say back what you heard");
    }

    @Test
    void anAbandonedSessionEndsItselfAfterItsLengthPlusHalfAnHour() throws Exception {
        UUID id = liveConversation();
        Screen anaScreen = open(ana, id);
        clock.advance(Duration.ofMinutes(30 + 29));
        assertThat(liveSessions.view(ana.id(), id, anaScreen.device).phase()).isEqualTo(Phase.SPEAKING);
        clock.advance(Duration.ofMinutes(2));
        liveSessions.closeOverdue();
        assertThat(conversations.read(ana.id(), id).status()).isEqualTo(ConversationStatus.ENDED);
        assertThat(text(page(ana, "/conversations/" + id + "/live"))).contains("it closed by itself when its time was up");
        assertThat(act(open(ben, id), "DONE_SPEAKING", null)).contains("How it went");
    }

    @Test
    void bothPressingAtOnceCountsOnce() throws Exception {
        UUID id = liveConversation();
        Screen anaScreen = open(ana, id);
        act(anaScreen, "DONE_SPEAKING", null);
        // The same press again (a double tap) is told the session moved on, not that a rule was broken.
        assertThat(act(anaScreen, "DONE_SPEAKING", null)).contains("The conversation moved on while you pressed that");
        assertThat(liveSessions.view(ana.id(), id, open(ana, id).device).version()).isEqualTo(1);
    }

    @Test
    void bothPartnersAskingForABreakAtTheSameMomentMakeOneBreak() throws Exception {
        UUID id = liveConversation();
        String anaDevice = liveSessions.claimDevice(ana.id(), id);
        String benDevice = liveSessions.claimDevice(ben.id(), id);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (var who : List.of(Map.entry(ana, anaDevice), Map.entry(ben, benDevice))) {
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        liveSessions.act(who.getKey().id(), id, who.getValue(), LiveAction.PAUSE, 0, null);
                        return "paused";
                    } catch (app.kintsugi.shared.InvalidInputException e) {
                        return e.errors().get("action").code();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (var r : results) {
                outcomes.add(r.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("paused");
            assertThat(outcomes).anyMatch(o -> o.equals("live.refused.moved") || o.equals("live.refused.onBreak"));
        } finally {
            pool.shutdownNow();
        }
        LiveView view = liveSessions.view(ana.id(), id, anaDevice);
        assertThat(view.phase()).isEqualTo(Phase.BREAK);
        assertThat(view.breaks()).isEqualTo(1);
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void badPlansAreRefusedFieldByFieldWithWhatWasTypedKept() throws Exception {
        String page = text(postAs(ana, "/conversations", Map.of("topic", "   ", "date", "2026-13-45", "time", "25:99",
                "minutes", "5", "place", "<script>alert(1)</script>")));
        assertThat(page).contains("Please write what you would like to talk about").contains("This date could not be read")
                .contains("This time could not be read").contains("Please choose a length between 10 and 120 minutes");
        assertThat(postAs(ana, "/conversations", Map.of("topic", "x", "date", "2026-13-45", "time", "25:99",
                "minutes", "5", "place", "<script>alert(1)</script>")).getContentAsString())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        String past = text(postAs(ana, "/conversations", plan("Über das Vertrauen 💬", LocalDateTime.now(clock).minusDays(1))));
        assertThat(past).contains("This time has already passed").contains("Über das Vertrauen 💬");
        String huge = text(postAs(ana, "/conversations", plan("t".repeat(301), LocalDateTime.now(clock).plusDays(1))));
        assertThat(huge).contains("This is longer than 300 characters");
        assertThat(conversations.inMySpace(ana.id())).isEmpty();

        // Without a partner in the space, nothing can be planned.
        TestPerson solo = people.create("Solo");
        couples.start(solo.id(), Role.BOTH);
        assertThat(text(postAs(solo, "/conversations", plan("Us", LocalDateTime.now(clock).plusDays(1)))))
                .contains("Conversations are planned with your partner");
    }

    @Test
    void anotherTimeGoesBackAndForthAndEitherMayCallItOff() throws Exception {
        UUID id = planned("Money");
        Map<String, String> later = plan(null, LocalDateTime.now(clock).plusDays(3).withHour(19).withMinute(30));
        later.put("version", version(id));
        assertThat(postAs(ben, "/conversations/" + id + "/time", later).getRedirectedUrl()).endsWith("?newTime");
        assertThat(text(page(ana, "/"))).contains("Ben would like to plan a conversation with you");
        // Ben cannot accept his own time.
        assertThat(postAs(ben, "/conversations/" + id + "/accept", Map.of("version", version(id))).getRedirectedUrl())
                .endsWith("?closed");
        postAs(ana, "/conversations/" + id + "/accept", Map.of("version", version(id)));
        assertThat(conversations.read(ana.id(), id).status()).isEqualTo(ConversationStatus.ACCEPTED);
        // An answer sent from an old page is not applied over a newer state.
        assertThat(postAs(ben, "/conversations/" + id + "/decline", Map.of("version", "0")).getRedirectedUrl()).endsWith("?changed");
        postAs(ben, "/conversations/" + id + "/decline", Map.of("version", version(id)));
        assertThat(conversations.read(ana.id(), id).status()).isEqualTo(ConversationStatus.CANCELLED);

        UUID second = planned("Holidays");
        postAs(ben, "/conversations/" + second + "/decline", Map.of("version", version(second)));
        assertThat(conversations.read(ana.id(), second).status()).isEqualTo(ConversationStatus.DECLINED);
        assertThat(text(page(ana, "/conversations"))).contains("Declined").contains("Called off");
    }

    @Test
    void changingTheRulesAsksBothToAgreeAgain() throws Exception {
        UUID id = planned("Trust");
        postAs(ana, "/conversations/" + id + "/agree", Map.of());
        postAs(ben, "/conversations/" + id + "/agree", Map.of());
        assertThat(conversations.read(ana.id(), id).bothAgreed()).isTrue();
        assertThat(postAs(ben, "/conversations/rules", Map.of("text", "   ")).getContentAsString())
                .contains("Please write the rule in a few words.");
        assertThat(postAs(ben, "/conversations/rules", Map.of("text", "No phones on the table"))
                .getRedirectedUrl()).endsWith("?added");
        assertThat(conversations.read(ana.id(), id).bothAgreed()).isFalse();
        String rules = text(page(ana, "/conversations/rules"));
        assertThat(rules).contains("No phones on the table").contains("added by Ben").contains("No name-calling");
        UUID rule = conversations.ownRules(ana.id()).get(0).id();
        // Only the partner who added it removes it; another couple does not even see it.
        assertThat(postAs(ana, "/conversations/rules/" + rule + "/delete", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/conversations/rules/" + rule + "/delete", Map.of()).getStatus()).isEqualTo(404);
        assertThat(text(page(cleo, "/conversations/rules"))).doesNotContain("No phones on the table");
        assertThat(postAs(ben, "/conversations/rules/" + rule + "/delete", Map.of()).getRedirectedUrl()).endsWith("?removed");
        assertThat(conversations.ownRules(ana.id())).isEmpty();
    }

    @Test
    void theCalendarFileHoldsTimeLengthAndPlaceButNeverTheTopic() throws Exception {
        UUID id = planned("The-secret-topic-Xy9");
        MockHttpServletResponse ics = page(ana, "/conversations/" + id + "/calendar.ics");
        assertThat(ics.getContentType()).startsWith("text/calendar");
        String body = ics.getContentAsString();
        assertThat(body).contains("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("DTSTART:")
                .contains("DURATION:PT30M").contains("SUMMARY:Conversation with Ben").contains("LOCATION:Kitchen table")
                .contains("UID:" + id + "@conversation").doesNotContain("Xy9");
        assertThat(page(cleo, "/conversations/" + id + "/calendar.ics").getStatus()).isEqualTo(404);

        // Valid iCalendar: ical4j's own validator finds nothing, and each event has exactly one DTSTAMP.
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(body));
        var result = calendar.validate(true);
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        assertThat(body.split("BEGIN:VEVENT")).hasSize(2);
        assertThat(body.lines().filter(l -> l.startsWith("DTSTAMP")).count()).isEqualTo(1);
        // A display reminder half an hour before, in words that say nothing to someone looking.
        String alarm = body.substring(body.indexOf("BEGIN:VALARM"), body.indexOf("END:VALARM"));
        assertThat(alarm).contains("ACTION:DISPLAY").contains("TRIGGER:-PT30M").contains("DESCRIPTION:Coming up soon")
                .doesNotContain("Ben");
    }

    @Test
    void onlyTheTwoPartnersReachTheirConversationsAndThreads() throws Exception {
        UUID id = liveConversation();
        UUID thread = dialogues.start(ana.id(), "Thread-topic-Kp2", "First message Kp2");
        for (String path : List.of("/conversations/" + id, "/conversations/" + id + "/live",
                "/conversations/" + id + "/live/version?device=x", "/conversations/" + id + "/live/panel?device=x",
                "/conversations/" + id + "/calendar.ics", "/dialogue/" + thread, "/conversations/" + UUID.randomUUID(),
                "/dialogue/" + UUID.randomUUID())) {
            MockHttpServletResponse r = page(cleo, path);
            assertThat(r.getStatus()).as(path).isEqualTo(404);
            assertThat(r.getContentAsString()).as(path).doesNotContain("Kp2").doesNotContain("Topic-Lm4");
        }
        for (String path : List.of("/conversations/" + id + "/accept", "/conversations/" + id + "/agree",
                "/conversations/" + id + "/start", "/conversations/" + id + "/live", "/conversations/" + id + "/live/rating",
                "/dialogue/" + thread)) {
            assertThat(postAs(cleo, path, Map.of("version", "0", "device", "x", "action", "END", "text", "hi")).getStatus())
                    .as(path).isEqualTo(404);
        }
        assertThat(text(page(cleo, "/conversations"))).doesNotContain("Topic-Lm4");
        assertThat(text(page(cleo, "/dialogue"))).doesNotContain("Kp2");
        assertThat(page(ben, "/dialogue/" + thread).getStatus()).isEqualTo(200);
        for (String path : List.of("/conversations", "/conversations/" + id, "/conversations/" + id + "/live", "/dialogue",
                "/tone-coach", "/conversations/rules")) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
        // Once the space ends, neither partner reaches what they held together.
        couples.leave(ben.id());
        assertThat(page(ana, "/conversations/" + id).getStatus()).isEqualTo(404);
        assertThat(page(ben, "/dialogue/" + thread).getStatus()).isEqualTo(404);
    }

    /**
     * Decision 28 for planned conversations: once the space has ended, each of the two still reads what
     * they wrote (the topic and place for the one who planned it, their own rating and note), listed
     * under "From a space that has ended", and nothing the other wrote.
     */
    @Test
    void afterTheSpaceEndsEachKeepsTheirOwnPlanAndRatingOnly() throws Exception {
        UUID id = liveConversation();
        String anaDevice = liveSessions.claimDevice(ana.id(), id);
        String benDevice = liveSessions.claimDevice(ben.id(), id);
        liveSessions.act(ana.id(), id, anaDevice, LiveAction.DONE_SPEAKING, 0, null);
        liveSessions.act(ben.id(), id, benDevice, LiveAction.REFLECTED, 1, "What I heard");
        liveSessions.act(ana.id(), id, anaDevice, LiveAction.END, 2, null);
        liveSessions.rate(ana.id(), id, 4, 2, "ANA-RATING-NOTE-Zx1");
        liveSessions.rate(ben.id(), id, 3, 5, "BEN-RATING-NOTE-Zx2");
        couples.leave(ben.id());

        String anas = text(page(ana, "/conversations"));
        assertThat(anas).contains("From a space that has ended").contains("Topic-Lm4").contains("Kitchen table")
                .contains("“I felt heard”, 4 of 5; “I felt safe”, 2 of 5").contains("ANA-RATING-NOTE-Zx1")
                .doesNotContain("BEN-RATING-NOTE-Zx2");
        String bens = text(page(ben, "/conversations"));
        assertThat(bens).contains("A conversation Ana planned").contains("BEN-RATING-NOTE-Zx2")
                .doesNotContain("Topic-Lm4").doesNotContain("Kitchen table").doesNotContain("ANA-RATING-NOTE-Zx1");
        assertThat(text(page(cleo, "/conversations"))).doesNotContain("Topic-Lm4").doesNotContain("RATING-NOTE");
    }

    @Test
    void aWrittenThreadWithTheToneCoachWhichStoresNothingItWasShown() throws Exception {
        String checked = text(postAs(ana, "/dialogue", Map.of("topic", "Evenings", "text",
                "You never listen to me, you are so selfish.", "action", "check")));
        assertThat(checked).contains("How it may land").contains("May sound like a judgement of who they are").contains("I feel")
                .doesNotContain("Criticism");
        assertThat(dialogues.threads(ana.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialogue_message WHERE author_id = ?").param(ana.id().value().toString())
                .query(Long.class).single()).isZero();

        assertThat(text(postAs(ana, "/dialogue", Map.of("topic", "", "text", "", "action", "send"))))
                .contains("Please give the thread a topic").contains("Please write your message.");
        MockHttpServletResponse sent = postAs(ana, "/dialogue", Map.of("topic", "Evenings", "text",
                "You never listen to me, you are so selfish.", "action", "send"));
        assertThat(sent.getRedirectedUrl()).contains("?sent");
        UUID thread = dialogues.threads(ana.id()).get(0).id();
        assertThat(text(page(ana, "/dialogue/" + thread + "?sent"))).as("the space lasts").doesNotContain("This space has ended");
        assertThat(text(page(ana, "/dialogue/" + thread))).doesNotContain("This space has ended");
        assertThat(text(page(ben, "/"))).contains("Ana has written to you.");
        String benView = text(page(ben, "/dialogue/" + thread));
        assertThat(benView).contains("You never listen to me, you are so selfish.").doesNotContain("How it may land");
        assertThat(text(page(ben, "/"))).doesNotContain("Ana has written to you.");

        String reply = "I feel lonely when we do not talk in the evening. I need ten minutes together.";
        assertThat(text(postAs(ben, "/dialogue/" + thread, Map.of("text", reply, "action", "check"))))
                .contains("Nothing here looks like blame");
        postAs(ben, "/dialogue/" + thread, Map.of("text", reply, "action", "send"));
        assertThat(dialogues.read(ana.id(), thread).messages()).hasSize(2);
        assertThat(dialogues.threads(ana.id()).get(0).unread()).isEqualTo(1);

        String tooLong = text(postAs(ben, "/dialogue/" + thread, Map.of("text", "a".repeat(20_001), "action", "check")));
        assertThat(tooLong).contains("This is longer than 20,000 characters").doesNotContain("How it may land");
    }

    @Test
    void theToneCoachSpeaksTheLanguageOfThePage() throws Exception {
        String english = text(mvc.perform(post("/tone-coach").with(csrf()).with(user(ana.principal()))
                .param("text", "You always forget, what about you?")).andReturn().getResponse());
        assertThat(english).contains("“Always” or “never” may not be quite true")
                .contains("May sound like defending instead of listening");
        String spanish = text(mvc.perform(post("/tone-coach").with(csrf()).with(user(ana.principal())).param("lang", "es")
                .param("text", "Tú nunca me escuchas, eres un egoísta.")).andReturn().getResponse());
        assertThat(spanish).contains("Me siento");
        assertThat(text(mvc.perform(post("/tone-coach").with(csrf()).with(user(ana.principal())).param("text", " "))
                .andReturn().getResponse())).contains("Please write something to check.");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private record Screen(TestPerson who, UUID id, String device, String version, String html) {
    }

    private Screen open(TestPerson p, UUID id) throws Exception {
        String html = text(page(p, "/conversations/" + id + "/live"));
        return screen(p, id, html);
    }

    private Screen screen(TestPerson p, UUID id, String html) {
        Matcher d = DEVICE.matcher(html);
        Matcher v = VERSION.matcher(html);
        assertThat(d.find()).as("device token on the page").isTrue();
        assertThat(v.find()).as("version on the page").isTrue();
        return new Screen(p, id, d.group(1), v.group(1), html);
    }

    /** Does the action from the screen; returns the page shown when refused, or the next page. */
    private String act(Screen s, String action, String summary) throws Exception {
        Map<String, String> params = new HashMap<>(Map.of("device", s.device, "version", s.version, "action", action));
        if (summary != null) {
            params.put("summary", summary);
        }
        MockHttpServletResponse r = postAs(s.who, "/conversations/" + s.id + "/live", params);
        if (r.getStatus() == 302) {
            return text(page(s.who, r.getRedirectedUrl()));
        }
        return text(r);
    }

    private int versionStatus(TestPerson p, UUID id, String device) throws Exception {
        return page(p, "/conversations/" + id + "/live/version?device=" + device).getStatus();
    }

    private UUID planned(String topic) throws Exception {
        MockHttpServletResponse r = postAs(ana, "/conversations", plan(topic, LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Madrid"))).plusDays(1)));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
        return UUID.fromString(r.getRedirectedUrl().substring("/conversations/".length(), "/conversations/".length() + 36));
    }

    private UUID liveConversation() throws Exception {
        UUID id = planned("Topic-Lm4");
        postAs(ben, "/conversations/" + id + "/accept", Map.of("version", version(id)));
        postAs(ana, "/conversations/" + id + "/agree", Map.of());
        postAs(ben, "/conversations/" + id + "/agree", Map.of());
        postAs(ana, "/conversations/" + id + "/start", Map.of("first", "me"));
        return id;
    }

    private Map<String, String> plan(String topic, LocalDateTime at) {
        Map<String, String> params = new HashMap<>();
        if (topic != null) {
            params.put("topic", topic);
            params.put("place", "Kitchen table");
        }
        params.put("date", at.toLocalDate().toString());
        params.put("time", "%02d:%02d".formatted(at.getHour(), at.getMinute()));
        params.put("minutes", "30");
        return params;
    }

    private String version(UUID id) {
        return Long.toString(conversations.read(ana.id(), id).version());
    }
}
