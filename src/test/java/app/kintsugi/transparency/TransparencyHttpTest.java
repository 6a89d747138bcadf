package app.kintsugi.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;

class TransparencyHttpTest extends TwoCouplesTest {

    @Autowired
    Couples couples;

    @Autowired
    Questions questions;

    @Autowired
    Amends amends;

    @Autowired
    Commitments commitments;

    @Autowired
    app.kintsugi.program.ExerciseNotes notes;

    @Test
    void theQuestionsSomeoneCarriedAloneWaitBesideTheBoxAndAreSentOnlyWhenAsked() throws Exception {
        TestPerson nora = people.create("Nora");
        couples.chooseRole(nora.id(), Role.HURT_PARTNER);
        notes.save(nora.id(), "transparency.questions",
                "- Where were you that night?\n\n2. Who else knew?\n   <script>alert(1)</script> ¿Por qué? 💔\n", -1);
        // Alone, there is nobody to ask: the box says so and offers nothing.
        assertThat(text(page(nora, "/questions"))).doesNotContain("The questions I carry").doesNotContain("Who else knew?");

        TestPerson omar = people.create("Omar");
        couples.join(omar.id(), couples.newInvitation(nora.id()).code(), Role.BROKE_TRUST);
        String box = text(page(nora, "/questions"));
        assertThat(box).contains("From “The questions I carry” (3)").contains("Where were you that night?")
                .contains("Who else knew?").contains("<script>alert(1)</script> ¿Por qué? 💔");
        assertThat(page(nora, "/questions").getContentAsString()).as("escaped")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        String prefilled = text(page(nora, "/questions?carried=1"));
        assertThat(prefilled).containsPattern("<textarea[^>]*id=\"text\"[^>]*>\\s*Who else knew\\?</textarea>");
        assertThat(text(page(nora, "/questions?carried=99"))).containsPattern("<textarea[^>]*id=\"text\"[^>]*></textarea>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM question WHERE asker_id = ?").param(nora.id().value().toString())
                .query(Long.class).single()).as("nothing is asked until she asks").isZero();
        // Omar sees nothing of it, and his role has no such notepad.
        String his = text(page(omar, "/questions"));
        assertThat(his).doesNotContain("Who else knew?").doesNotContain("The questions I carry");
        assertThat(text(page(omar, "/questions?carried=0"))).doesNotContain("Where were you");
    }

    @Test
    void aQuestionIsAskedDeferredAnsweredFollowedUpAndMarkedHelpfulAndEverythingReachesTheTimeline() throws Exception {
        // Ana asks; both see the question and its age; Ben is told on his dashboard.
        UUID q = asked(ana, "Is it over between you?");
        assertThat(text(page(ana, "/questions"))).contains("Your questions still open").contains("Is it over between you?")
                .contains("Asked today");
        assertThat(text(page(ben, "/questions"))).contains("Waiting for your answer").contains("Is it over between you?");
        assertThat(text(page(ben, "/"))).contains("Ana has asked you a question");

        // Three days later it still shows its age to both.
        clock.advance(Duration.ofDays(3));
        assertThat(text(page(ana, "/questions/" + q))).contains("Asked 3 days ago").contains("This question is still open");
        assertThat(text(page(ben, "/questions"))).contains("Asked 3 days ago");

        // Ben needs time, until a date; Ana sees the date and the dashboard news.
        LocalDate by = today().plusDays(2);
        assertThat(respond(ben, q, "NEED_TIME", "I want to find the right words.", by.toString()).getRedirectedUrl())
                .contains("?responded");
        String anaView = text(page(ana, "/"));
        assertThat(anaView).contains("Ben has responded to your question");
        assertThat(text(page(ana, "/questions/" + q))).contains("Ben needs time and will answer by")
                .contains("I want to find the right words.");
        assertThat(text(page(ana, "/"))).as("seen once opened").doesNotContain("Ben has responded to your question");
        assertThat(text(page(ben, "/"))).doesNotContain("Ana has asked you a question")
                .doesNotContain("Answer the question you said you would answer by today");

        // On the day, Ben is reminded on his own dashboard; after it, both see the date has passed.
        clock.advance(Duration.ofDays(2));
        assertThat(text(page(ben, "/"))).contains("Answer the question you said you would answer by today");
        clock.advance(Duration.ofDays(1));
        assertThat(text(page(ana, "/questions/" + q))).contains("has passed");

        // Ben answers, then changes the answer: Ana sees both versions and the answer on the timeline.
        assertThat(respond(ben, q, "ANSWER", "Yes. I ended it in March and have had no contact since.", "").getRedirectedUrl())
                .contains("?responded");
        long version = questions.thread(ben.id(), q).first().version();
        assertThat(postAs(ben, "/questions/" + q + "/answer", Map.of("version", String.valueOf(version),
                "text", "Yes. I ended it on 3 March and have had no contact since. She wrote once; I did not reply.")).getRedirectedUrl())
                .contains("?changed");
        String thread = text(page(ana, "/questions/" + q));
        assertThat(thread).contains("She wrote once; I did not reply.").contains("Earlier versions (1)")
                .contains("I ended it in March and have had no contact since.");

        // Ana still has questions and asks a follow-up under the answer; Ben answers it; Ana says it helped.
        version = questions.thread(ana.id(), q).first().version();
        MockHttpServletResponse more = postAs(ana, "/questions/" + q + "/feedback", Map.of("version", String.valueOf(version),
                "feedback", "MORE_QUESTIONS"));
        assertThat(more.getRedirectedUrl()).contains("#follow-up-" + q);
        assertThat(text(page(ben, "/questions/" + q))).contains("Ana still has questions.");
        MockHttpServletResponse followed = postAs(ana, "/questions/" + q + "/follow-up", Map.of("text", "Did she try again after that?"));
        UUID f = UUID.fromString(followed.getRedirectedUrl().replaceAll("^/questions/([0-9a-f-]+).*$", "$1"));
        assertThat(questions.thread(ben.id(), f).first().id()).as("the follow-up lives under the first question").isEqualTo(q);
        assertThat(respond(ben, f, "ANSWER", "No. Nothing since that one message.", "").getRedirectedUrl()).contains("?responded");
        postAs(ana, "/questions/" + f + "/feedback", Map.of("version", String.valueOf(questions.thread(ana.id(), f).followUps()
                .get(0).version()), "feedback", "HELPED"));
        String after = text(page(ben, "/questions/" + q));
        assertThat(after).contains("Did she try again after that?").contains("No. Nothing since that one message.")
                .contains("Ana said this helped.");

        // A disclosure, acknowledged; an amends action, done and acknowledged; a kept commitment.
        MockHttpServletResponse shared = postAs(ben, "/sharing", Map.of("text", "I want you to know I told my brother what I did."));
        assertThat(shared.getRedirectedUrl()).contains("?shared");
        assertThat(text(page(ana, "/"))).contains("Ben shared something they want you to know");
        UUID d = UUID.fromString(shared.getRedirectedUrl().replaceAll("^.*#d-", ""));
        assertThat(postAs(ana, "/sharing/" + d + "/acknowledge", Map.of("note", "Thank you for telling me.")).getRedirectedUrl())
                .contains("?acknowledged");
        assertThat(text(page(ben, "/sharing"))).contains("Ana acknowledged this on").contains("Thank you for telling me.");

        MockHttpServletResponse added = postAs(ben, "/amends", Map.of("text", "Pay back the money from our savings",
                "due", today().plusDays(10).toString()));
        UUID a = UUID.fromString(added.getRedirectedUrl().replaceAll("^.*#a-", ""));
        assertThat(text(page(ana, "/amends"))).contains("Ben’s actions").contains("Pay back the money from our savings")
                .contains("Planned");
        postAs(ben, "/amends/" + a + "/status", Map.of("version", "0", "status", "IN_PROGRESS"));
        postAs(ben, "/amends/" + a + "/status", Map.of("version", "1", "status", "DONE"));
        assertThat(text(page(ana, "/"))).contains("Ben completed an action of their amends plan");
        assertThat(postAs(ana, "/amends/" + a + "/acknowledge", Map.of("note", "")).getRedirectedUrl()).contains("?acknowledged");
        assertThat(text(page(ben, "/amends"))).contains("Ana acknowledged this on");

        UUID c = commitments.create(ben.id(), new CommitmentDraft("Home by seven", "DAILY", List.of(), "", "", "PARTNER"));
        commitments.report(ben.id(), c, today().toString(), Outcome.KEPT, null);
        commitments.confirm(ana.id(), c, today().toString(), 0, Confirmation.CONFIRMED, null);

        for (TestPerson viewer : List.of(ana, ben)) {
            String timeline = text(page(viewer, "/accountability"));
            assertThat(timeline).as(viewer.name()).contains("Is it over between you?").contains("Did she try again after that?")
                    .contains("I want you to know I told my brother what I did.").contains("Pay back the money from our savings")
                    .contains("Home by seven");
            assertThat(timeline).contains(viewer == ana ? "Ben answered your question" : "You answered Ana’s question")
                    .contains(viewer == ana ? "Ben kept a commitment on" : "You kept a commitment on");
            // Newest first: the kept commitment comes before the first answer.
            assertThat(timeline.indexOf("Home by seven")).isLessThan(timeline.indexOf("Is it over between you?"));
        }
        assertThat(text(page(cleo, "/accountability"))).doesNotContain("Is it over").doesNotContain("Home by seven");
    }

    @Test
    void answeringSomeoneElsesQuestionTwiceOrWithAPastDateIsRefusedWithAClearMessageAndTheTextKept() throws Exception {
        UUID q = asked(ana, "When did it start?");
        MockHttpServletResponse own = respond(ana, q, "ANSWER", "My own answer", "");
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(text(own)).contains("This question is for Ben to answer.");

        MockHttpServletResponse past = respond(ben, q, "NEED_TIME", "Kept note ✓ <b>bold</b>", today().minusDays(1).toString());
        assertThat(text(past)).contains("That day has already passed.").contains("Kept note ✓ <b>bold</b>");
        assertThat(past.getContentAsString()).doesNotContain("<b>bold</b>");
        MockHttpServletResponse far = respond(ben, q, "NEED_TIME", "", today().plusDays(200).toString());
        assertThat(text(far)).contains("Please choose a day within the next 90 days.");
        assertThat(text(respond(ben, q, "NEED_TIME", "", "31/12/2026"))).contains("Please choose a date from the calendar.");
        assertThat(text(respond(ben, q, "DECLINE", "", ""))).contains("Please say, in a few words, why you won’t answer.");
        assertThat(text(respond(ben, q, "ANSWER", "   ", ""))).contains("Please write your answer.");
        assertThat(text(respond(ben, q, "SHRUG", "x", ""))).contains("Please choose how you want to respond.");
        assertThat(text(respond(ben, q, "ANSWER", "x".repeat(20_001), ""))).contains("longer than 20,000 characters");
        assertThat(questions.thread(ana.id(), q).first().status()).as("nothing stored half-way").isEqualTo(QuestionStatus.OPEN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM question_response WHERE question_id = ?").param(q.toString()).query(Long.class)
                .single()).isZero();

        assertThat(respond(ben, q, "ANSWER", "In the spring.", "").getRedirectedUrl()).contains("?responded");
        MockHttpServletResponse twice = respond(ben, q, "ANSWER", "Again", "");
        assertThat(text(twice)).contains("This question has already been answered. You can change your answer below.");

        // A stale page is refused, not applied twice.
        MockHttpServletResponse stale = postAs(ben, "/questions/" + q + "/answer", Map.of("version", "0", "text", "Changed"));
        assertThat(stale.getRedirectedUrl()).contains("?stale");
    }

    @Test
    void twoAnswersSentAtTheSameMomentStoreOneAndRefuseTheOther() throws Exception {
        UUID q = asked(ana, "Who else knows?");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (String answer : List.of("My brother.", "Only my brother.")) {
                both.add(() -> {
                    try {
                        questions.respond(ben.id(), q, 0, "ANSWER", answer, null);
                        return 1;
                    } catch (RuntimeException e) {
                        return 0;
                    }
                });
            }
            int stored = 0;
            for (Future<Integer> f : pool.invokeAll(both)) {
                stored += f.get();
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM question_response WHERE question_id = ?").param(q.toString()).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void anotherPersonAndAnotherCoupleAreRefusedEverywhereWithTheNotFoundPage() throws Exception {
        UUID q = asked(ana, "secret-question-marker");
        MockHttpServletResponse shared = postAs(ben, "/sharing", Map.of("text", "secret-disclosure-marker"));
        UUID d = UUID.fromString(shared.getRedirectedUrl().replaceAll("^.*#d-", ""));
        UUID a = amends.plan(ben.id(), "secret-amend-marker", today().plusDays(3).toString());
        amends.setStatus(ben.id(), a, 0, AmendStatus.DONE);
        List<String[]> endpoints = List.of(
                new String[] {"GET", "/questions/" + q},
                new String[] {"POST", "/questions/" + q + "/respond"},
                new String[] {"POST", "/questions/" + q + "/answer"},
                new String[] {"POST", "/questions/" + q + "/feedback"},
                new String[] {"POST", "/questions/" + q + "/follow-up"},
                new String[] {"POST", "/sharing/" + d + "/acknowledge"},
                new String[] {"GET", "/amends/" + a + "/edit"},
                new String[] {"POST", "/amends/" + a},
                new String[] {"POST", "/amends/" + a + "/status"},
                new String[] {"POST", "/amends/" + a + "/acknowledge"});
        TestPerson loner = people.create("Lone");
        for (TestPerson stranger : List.of(cleo, loner)) {
            for (String[] e : endpoints) {
                MockHttpServletResponse r = e[0].equals("GET") ? page(stranger, e[1])
                        : postAs(stranger, e[1], Map.of("version", "0", "kind", "ANSWER", "text", "x", "status", "DONE", "due",
                                today().plusDays(1).toString(), "feedback", "HELPED"));
                assertThat(r.getStatus()).as(stranger.name() + " " + e[0] + " " + e[1]).isEqualTo(404);
                assertThat(text(r)).contains("We couldn’t find that").doesNotContain("secret-");
            }
            for (String list : List.of("/questions", "/sharing", "/amends", "/accountability", "/")) {
                assertThat(text(page(stranger, list))).as(list).doesNotContain("secret-");
            }
        }
        assertThat(questions.thread(ana.id(), q).first().status()).as("unchanged by strangers").isEqualTo(QuestionStatus.OPEN);
        assertThat(amends.read(ben.id(), a).acknowledgedAt()).isNull();
        // The partner may read but not change what is not theirs.
        assertThat(page(ana, "/amends/" + a + "/edit").getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/amends/" + a + "/status", Map.of("version", "1", "status", "PLANNED")).getStatus()).isEqualTo(404);
        assertThat(text(postAs(ben, "/amends/" + a + "/acknowledge", Map.of()))).contains("This is for Ana to acknowledge.");
        assertThat(text(postAs(ben, "/sharing/" + d + "/acknowledge", Map.of()))).contains("This is for Ana to acknowledge.");
        assertThat(text(postAs(ben, "/questions/" + q + "/follow-up", Map.of("text", "x"))))
                .contains("Only the person who asked can follow up here.");

        assertThat(text(page(ana, "/questions/" + q))).as("the space lasts").doesNotContain("This space has ended");
        // Once the space ends, neither sees the other's entries any more; each keeps their own (decision 0028).
        couples.leave(ana.id());
        assertThat(page(ben, "/questions/" + q).getStatus()).isEqualTo(404);
        assertThat(text(page(ben, "/sharing"))).contains("secret-disclosure-marker");
        assertThat(text(page(ben, "/amends"))).contains("secret-amend-marker");
        assertThat(text(page(ana, "/questions"))).contains("secret-question-marker");
        assertThat(text(page(ana, "/questions/" + q))).contains("secret-question-marker").contains("This space has ended.");
        for (String list : List.of("/sharing", "/amends")) {
            assertThat(text(page(ana, list))).as(list).doesNotContain("secret-");
        }
    }

    @Test
    void amendsAreRefusedWithoutADateInThePastOrChangedOnceDoneAndAcknowledgedOnlyWhenDone() throws Exception {
        assertThat(text(postAs(ben, "/amends", Map.of("text", "", "due", "")))).contains("Please write what you will do.")
                .contains("Please choose the day by which you will do it.");
        MockHttpServletResponse past = postAs(ben, "/amends", Map.of("text", "Kept text", "due", today().minusDays(1).toString()));
        assertThat(text(past)).contains("That day has already passed.").contains("Kept text");
        UUID a = amends.plan(ben.id(), "Write to my parents", today().plusDays(1).toString());
        assertThat(text(postAs(ana, "/amends/" + a + "/acknowledge", Map.of())))
                .contains("This can be acknowledged once it is done.");
        // A date that has passed may stay when something else is changed.
        clock.advance(Duration.ofDays(3));
        assertThat(text(page(ben, "/amends"))).contains("The date you set has passed.");
        assertThat(postAs(ben, "/amends/" + a, Map.of("version", "0", "text", "Write to my parents and call them",
                "due", amends.read(ben.id(), a).due().toString())).getRedirectedUrl()).contains("?changed");
        amends.setStatus(ben.id(), a, 1, AmendStatus.DONE);
        assertThat(page(ben, "/amends/" + a + "/edit").getStatus()).isEqualTo(404);
        assertThat(text(postAs(ben, "/amends/" + a, Map.of("version", "2", "text", "Changed after", "due",
                today().plusDays(1).toString())))).contains("This action is done; it stays as it was.");
        assertThat(amends.read(ana.id(), a).text()).isEqualTo("Write to my parents and call them");
    }

    @Test
    void withoutAPartnerThePagesExplainAndNothingCanBeAsked() throws Exception {
        TestPerson solo = people.create("Solo");
        couples.start(solo.id(), Role.HURT_PARTNER);
        for (String path : List.of("/questions", "/sharing", "/amends", "/accountability")) {
            assertThat(text(page(solo, path))).as(path).contains("Once your partner has joined your space");
        }
        assertThat(text(postAs(solo, "/questions", Map.of("text", "Anyone there?")))).contains("This needs your partner in your space.");
    }

    @Test
    void lookingAtAQuestionFirstShowsGuidanceAndStoresNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM question").query(Long.class).single();
        MockHttpServletResponse checked = postAs(ana, "/questions", Map.of("action", "check",
                "text", "Was she prettier than me?"));
        assertThat(text(checked)).contains("Before you ask").contains("Comparing yourself").contains("Was she prettier than me?");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM question").query(Long.class).single()).isEqualTo(before);
        assertThat(text(postAs(ana, "/questions", Map.of("action", "check", "text", "Is it over?"))))
                .contains("Nothing here asks for graphic or comparing detail.");
        // Guidance, never a block: asking it as it is works.
        assertThat(postAs(ana, "/questions", Map.of("text", "Was she prettier than me?")).getRedirectedUrl()).contains("?asked");
    }

    @Test
    void theTimelineIsPagedNewestFirstTwentyAtATime() throws Exception {
        for (int i = 1; i <= 23; i++) {
            postAs(ben, "/sharing", Map.of("text", "Shared number " + i + "."));
            clock.advance(Duration.ofMinutes(1));
        }
        String first = text(page(ana, "/accountability"));
        assertThat(first).contains("Shared number 23.").contains("Shared number 4.").doesNotContain("Shared number 3.")
                .contains("Older").doesNotContain("Newer");
        assertThat(first.indexOf("Shared number 23.")).isLessThan(first.indexOf("Shared number 22."));
        String second = text(page(ana, "/accountability?page=2"));
        assertThat(second).contains("Shared number 3.").contains("Shared number 1.").doesNotContain("Shared number 4.")
                .contains("Newer").doesNotContain("Older");
        assertThat(page(ana, "/accountability?page=abc").getStatus()).isEqualTo(200);
        assertThat(text(page(ana, "/accountability?page=-4"))).contains("Shared number 23.");
        assertThat(text(page(ana, "/accountability?page=99"))).doesNotContain("Shared number");
    }

    private UUID asked(TestPerson asker, String text) throws Exception {
        String to = postAs(asker, "/questions", Map.of("text", text)).getRedirectedUrl();
        assertThat(to).contains("?asked");
        return UUID.fromString(to.replaceAll("^/questions/([0-9a-f-]+).*$", "$1"));
    }

    private MockHttpServletResponse respond(TestPerson who, UUID q, String kind, String text, String answerBy) throws Exception {
        long version = questions.thread(who.id(), q).followUps().stream().filter(f -> f.id().equals(q)).findFirst()
                .orElse(questions.thread(who.id(), q).first()).version();
        return postAs(who, "/questions/" + q + "/respond", Map.of("version", String.valueOf(version), "kind", kind, "text", text,
                "answerBy", answerBy));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MADRID));
    }
}
