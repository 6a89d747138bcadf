package app.kintsugi.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;

class ProgramHttpTest extends IntegrationTest {

    @Autowired
    Progress progress;

    @Autowired
    Timeline timeline;

    @Autowired
    Reflections reflections;

    @Autowired
    SafetyChecks safety;

    @Autowired
    AuditLog audit;

    private TestPerson hurt;
    private TestPerson broke;
    private TestPerson other;

    @BeforeEach
    void aCoupleAndSomeoneElse() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        hurt = couple.first();
        broke = couple.second();
        other = testCouples.of("Cleo", Role.BOTH, "Dan", Role.BOTH).first();
        clear(hurt);
        clear(broke);
    }

    @Test
    void everyStepPageShowsItsContentAndTheTextForTheViewersRole() throws Exception {
        for (String key : List.of("understanding", "responsibility", "communication", "trust", "transparency", "help",
                "boundaries", "respect")) {
            assertThat(page(hurt, "/steps/" + key).getStatus()).as(key).isEqualTo(200);
        }
        String forBroke = text(page(broke, "/steps/responsibility"));
        assertThat(forBroke).contains("Look at the choices you made and what led to them")
                .contains("The six parts of an apology");
        String forHurt = text(page(hurt, "/steps/responsibility"));
        assertThat(forHurt).contains("Looking at your own patterns is never about blaming yourself")
                .doesNotContain("The six parts of an apology");
        String spanish = text(mvc.perform(get("/steps/responsibility").param("lang", "es").with(user(hurt.principal())))
                .andReturn().getResponse());
        assertThat(spanish).contains("Asumir la responsabilidad").doesNotContain("Taking responsibility");
        assertThat(page(hurt, "/steps/no-such-step").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/steps/trust")).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void progressIsPerPersonAndOnlyForExercisesMeantForThem() throws Exception {
        assertThat(postAs(hurt, "/progress/transparency.questions/start").getStatus()).isEqualTo(302);
        assertThat(postAs(hurt, "/progress/transparency.share-first/start").getStatus()).isEqualTo(404);
        assertThat(postAs(broke, "/progress/transparency.questions/complete").getStatus()).isEqualTo(404);
        assertThat(postAs(broke, "/progress/no.such.exercise/start").getStatus()).isEqualTo(404);
        assertThat(postAs(broke, "/progress/transparency.share-first/complete").getStatus()).isEqualTo(302);

        assertThat(progress.of(hurt.id())).containsOnlyKeys("transparency.questions");
        assertThat(progress.of(hurt.id()).get("transparency.questions").status()).isEqualTo(ProgressStatus.STARTED);
        assertThat(progress.of(broke.id()).get("transparency.share-first").status()).isEqualTo(ProgressStatus.COMPLETED);
        assertThat(text(page(broke, "/"))).contains("1 of 6 done");

        assertThat(postAs(hurt, "/progress/transparency.questions/reset").getStatus()).isEqualTo(302);
        assertThat(progress.of(hurt.id())).isEmpty();
    }

    @Test
    void suggestionsFollowWhatWasDone() throws Exception {
        String before = text(page(hurt, "/"));
        assertThat(before).contains("What might help next").contains("Write a reflection");
        // A week after the partner joined: "do something together" is no longer the news of the day.
        clock.advance(Duration.ofDays(8));
        // Writing a reflection is doing the exercise: it counts as done for now, without pressing anything.
        reflections.create(hurt.id(), new ReflectionDraft(null, "Something", null, null, Map.of(), null));
        assertThat(progress.of(hurt.id()).get("understanding.reflection").status()).isEqualTo(ProgressStatus.COMPLETED);
        assertThat(text(page(hurt, "/"))).contains("1 of 2 done").contains("Look after the basics");
        postAs(hurt, "/progress/understanding.basics/start");
        String started = text(page(hurt, "/"));
        assertThat(started).contains("You started this").contains("Look after the basics").contains("1 of 2 done, one started");
        postAs(hurt, "/progress/understanding.basics/complete");
        assertThat(text(page(hurt, "/"))).contains("What role did I play?").doesNotContain("You started this");
    }

    @Test
    void aConcerningSafetyCheckSuggestsPrivateHelpAndNoJointWork() throws Exception {
        safety.record(hurt.id(), answers(SafetyAnswer.OFTEN));
        for (String id : List.of("understanding.reflection", "understanding.basics", "responsibility.own-role",
                "communication.i-statements")) {
            progress.complete(hurt.id(), id);
        }
        String dashboard = text(page(hurt, "/"));
        assertThat(dashboard).contains("Where to find help").doesNotContain("Agree on ground rules");
        int help = dashboard.indexOf("Your safety comes first. Before anything you do together");
        assertThat(help).isPositive().isLessThan(dashboard.indexOf("Realistic expectations"));
        // The partner's suggestions are their own: nothing of the other's safety shows.
        assertThat(text(page(broke, "/"))).doesNotContain("Where to find help");
    }

    @Test
    void aLongPauseIsMetWithAWelcomeBack() throws Exception {
        progress.start(hurt.id(), "understanding.basics");
        clock.advance(Duration.ofDays(15));
        assertThat(text(page(hurt, "/"))).contains("Welcome back");
    }

    @Test
    void progressIsSharedOnlyWhenThePersonChoosesAndOnlyWithTheirPartner() throws Exception {
        progress.start(broke.id(), "understanding.basics");
        assertThat(progress.partnerProgress(hurt.id())).isEmpty();
        assertThat(text(page(hurt, "/steps/understanding"))).doesNotContain("Ben has started this");

        mvc.perform(post("/progress/sharing").param("shared", "true").with(csrf()).with(user(broke.principal())));
        assertThat(progress.partnerProgress(hurt.id())).hasValueSatisfying(p -> assertThat(p).containsKey("understanding.basics"));
        assertThat(text(page(hurt, "/steps/understanding"))).contains("Ben has started this");
        assertThat(progress.partnerProgress(other.id())).isEmpty();
        assertThat(audit.eventsAbout(broke.id().value())).extracting(AuditLog.AuditEvent::detail).contains("PRIVATE->PARTNER");

        mvc.perform(post("/progress/sharing").param("shared", "false").with(csrf()).with(user(broke.principal())));
        assertThat(progress.partnerProgress(hurt.id())).isEmpty();
    }

    @Test
    void theTimelineShowsOwnAndSharedMomentsToTheRightPeopleOnly() throws Exception {
        String privateTitle = "private-moment-" + UUID.randomUUID();
        String sharedTitle = "shared-setback-" + UUID.randomUUID();
        assertThat(postAs(hurt, "/timeline", Map.of("kind", "MILESTONE", "on", today(hurt), "title", privateTitle,
                "note", "", "visibility", "PRIVATE")).getStatus()).isEqualTo(302);
        assertThat(postAs(hurt, "/timeline", Map.of("kind", "SETBACK", "on", today(hurt), "title", sharedTitle,
                "note", "A hard evening", "visibility", "PARTNER")).getStatus()).isEqualTo(302);

        assertThat(text(page(hurt, "/expectations"))).contains(privateTitle).contains(sharedTitle).contains("You started on");
        assertThat(text(page(broke, "/expectations"))).contains(sharedTitle).contains("Shared by Ana").doesNotContain(privateTitle);
        assertThat(text(page(other, "/expectations"))).doesNotContain(sharedTitle).doesNotContain(privateTitle);

        UUID shared = timeline.entries(hurt.id()).stream().filter(e -> e.title().equals(sharedTitle)).findFirst().orElseThrow().id();
        UUID privateOne = timeline.entries(hurt.id()).stream().filter(e -> e.title().equals(privateTitle)).findFirst().orElseThrow().id();
        for (TestPerson stranger : List.of(broke, other)) {
            assertThat(page(stranger, "/timeline/" + shared + "/delete").getStatus()).isEqualTo(404);
            assertThat(page(stranger, "/timeline/" + privateOne + "/delete").getStatus()).isEqualTo(404);
            for (String action : List.of("delete", "share", "private")) {
                assertThat(postAs(stranger, "/timeline/" + shared + "/" + action).getStatus()).as(action).isEqualTo(404);
                assertThat(postAs(stranger, "/timeline/" + privateOne + "/" + action).getStatus()).as(action).isEqualTo(404);
            }
        }
        assertThat(postAs(hurt, "/timeline/not-a-uuid/delete").getStatus()).isEqualTo(404);
        assertThat(timeline.entries(hurt.id())).hasSize(2);

        assertThat(text(page(hurt, "/timeline/" + shared + "/delete"))).contains("Remove this moment from your timeline?");
        postAs(hurt, "/timeline/" + privateOne + "/share");
        assertThat(text(page(broke, "/expectations"))).contains(privateTitle);
        postAs(hurt, "/timeline/" + shared + "/delete");
        assertThat(text(page(broke, "/expectations"))).doesNotContain(sharedTitle);
        assertThat(audit.eventsAbout(privateOne)).extracting(AuditLog.AuditEvent::action).contains("VISIBILITY_CHANGED");
    }

    @Test
    void badTimelineInputIsExplainedAndKept() throws Exception {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(2).toString();
        String body = text(postAs(hurt, "/timeline", Map.of("kind", "SOMETHING", "on", tomorrow, "title", "  ",
                "note", "My note stays ✓", "visibility", "PRIVATE")));
        assertThat(body).contains("Please choose whether this is a milestone or a setback")
                .contains("Please choose today or a day in the past")
                .contains("Please write a few words")
                .contains("My note stays ✓");
        String malformed = text(postAs(hurt, "/timeline", Map.of("kind", "MILESTONE", "on", "14/03/2026", "title", "t",
                "note", "x".repeat(20_001), "visibility", "COUNSELOR")));
        assertThat(malformed).contains("Please give the day as a date").contains("longer than 20,000 characters")
                .contains("Please choose who can see this");
        String noSpace = text(postAs(people.create("Solo").principal(), "/timeline", Map.of("kind", "MILESTONE",
                "on", "2026-01-01", "title", "t", "note", "", "visibility", "PARTNER")));
        assertThat(noSpace).contains("your partner first needs to join your shared space");
        String html = "<script>alert(1)</script> & <b>bold</b>";
        postAs(hurt, "/timeline", Map.of("kind", "MILESTONE", "on", "2026-01-01", "title", html, "note", "", "visibility", "PRIVATE"));
        String raw = page(hurt, "/expectations").getContentAsString();
        assertThat(raw).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;").doesNotContain("<script>alert(1)");
        assertThat(timeline.entries(hurt.id())).extracting(TimelineEntry::title).containsExactly(html);
        assertThat(timeline.entries(hurt.id()).getFirst().visibility()).isEqualTo(Visibility.PRIVATE);
    }

    private void clear(TestPerson p) {
        safety.record(p.id(), answers(SafetyAnswer.NEVER));
    }

    private static Map<SafetyQuestion, SafetyAnswer> answers(SafetyAnswer afraid) {
        return Map.of(SafetyQuestion.AFRAID, afraid, SafetyQuestion.HURT, SafetyAnswer.NEVER, SafetyQuestion.THREATENED,
                SafetyAnswer.NEVER, SafetyQuestion.INSULTED, SafetyAnswer.NEVER, SafetyQuestion.CONTROLLED, SafetyAnswer.NEVER);
    }

    private static String today(TestPerson p) {
        return LocalDate.now(ZoneId.of("Europe/Madrid")).toString();
    }

    private MockHttpServletResponse postAs(TestPerson p, String path) throws Exception {
        return postAs(p.principal(), path, Map.of());
    }

    private MockHttpServletResponse postAs(app.kintsugi.account.PersonPrincipal p, String path, Map<String, String> params)
            throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(p));
        params.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }
}
