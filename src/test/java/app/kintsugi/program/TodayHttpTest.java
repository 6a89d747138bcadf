package app.kintsugi.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.responsibility.Answer;
import app.kintsugi.responsibility.Apologies;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;

/**
 * Today, walked as a couple would over a week: what is due, what waits for each of them and what
 * they wait for, answered right on Today where a short answer is enough, and found again afterwards.
 */
class TodayHttpTest extends IntegrationTest {

    @Autowired
    Couples couples;
    @Autowired
    SafetyChecks safety;
    @Autowired
    Commitments commitments;
    @Autowired
    Questions questions;
    @Autowired
    Apologies apologies;
    @Autowired
    Reflections reflections;
    @Autowired
    Progress progress;

    private TestPerson ana;
    private TestPerson ben;

    @BeforeEach
    void aCoupleWhoFeelSafe() {
        TestCouple couple = testCouples.feelingSafe("Ana", "Ben");
        ana = couple.first();
        ben = couple.second();
    }

    @Test
    void aPromiseIsCheckedInAndConfirmedRightOnTodayAndEachSeesWhatWaits() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        UUID walk = commitments.create(ben.id(), new CommitmentDraft("A walk together after dinner", "DAILY", List.of(),
                today.toString(), "", "PARTNER"));

        String bens = text(page(ben, "/"));
        assertThat(bens).contains("For you today").contains("Check in on today’s commitment").contains("A walk together after dinner")
                .contains("I kept it").contains("Not this time");
        assertThat(text(page(ana, "/"))).doesNotContain("A walk together after dinner").contains("Nothing is due today");

        var checkedIn = postAs(ben, "/commitments/" + walk + "/check-in", Map.of("day", today.toString(), "outcome", "KEPT",
                "from", "today"));
        assertThat(checkedIn.getRedirectedUrl()).isEqualTo("/?checkedIn#today");
        bens = text(page(ben, "/?checkedIn"));
        assertThat(bens).contains("Your check-in is saved").doesNotContain("Check in on today’s commitment")
                .contains("What you are waiting for").contains("Your check-in on a shared commitment is with Ana.");

        String anas = text(page(ana, "/"));
        assertThat(anas).contains("From Ben").contains("Ben says they kept a commitment you share.")
                .contains("A walk together after dinner").contains("That matches what I saw").contains("New");
        var confirmed = postAs(ana, "/commitments/" + walk + "/confirm", Map.of("day", today.toString(), "version", "0",
                "confirmation", "CONFIRMED", "from", "today"));
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/?confirmed#today");
        assertThat(text(page(ana, "/"))).doesNotContain("Ben says they kept");
        assertThat(text(page(ben, "/"))).doesNotContain("Your check-in on a shared commitment is with Ana.");

        // The next day it is due again; nothing is carried over as a debt.
        clock.advance(Duration.ofDays(1));
        assertThat(text(page(ben, "/"))).contains("Check in on today’s commitment");
        // What Ana answered stays findable.
        String history = text(page(ana, "/inbox"));
        assertThat(history).contains("Ben says they kept a commitment you share.").doesNotContain(">New<");
    }

    @Test
    void aQuestionWithTimeAskedForIsSaidWithCareAndFallsDueOnTheDay() throws Exception {
        UUID q = questions.ask(ana.id(), "Who else knew?");
        assertThat(text(page(ben, "/"))).contains("Ana has asked you a question.");
        assertThat(text(page(ana, "/"))).contains("Your question is with Ben.");

        LocalDate inThreeDays = LocalDate.now(clock.withZone(MADRID)).plusDays(3);
        questions.respond(ben.id(), q, 0, "NEED_TIME", null, inThreeDays.toString());
        String anas = text(page(ana, "/"));
        assertThat(anas).contains("Ben asked for time until " + inThreeDays.getDayOfMonth() + " ")
                .contains("Ben has responded to your question.");
        assertThat(text(page(ben, "/"))).doesNotContain("Ana has asked you a question.")
                .doesNotContain("Answer the question you said you would answer by today");

        clock.advance(Duration.ofDays(3));
        assertThat(text(page(ben, "/"))).contains("Answer the question you said you would answer by today");
    }

    @Test
    void theApologyAndItsAnswerAreNewsForEachOfThemAndStayFindable() throws Exception {
        UUID apology = apologies.createDraft(ben.id(), "I am sorry for the lies, and for what they did to you.");
        apologies.send(ben.id(), apology, 0);
        assertThat(text(page(ana, "/"))).contains("Ben has sent you an apology.");
        assertThat(text(page(ben, "/"))).contains("Your apology is with Ana.");

        page(ana, "/apologies/" + apology);
        assertThat(text(page(ana, "/"))).doesNotContain("Ben has sent you an apology.");
        String history = text(page(ana, "/inbox"));
        assertThat(history).contains("Ben has sent you an apology.").contains("/apologies/" + apology);

        apologies.answer(ana.id(), apology, Answer.PARTLY, null, Visibility.PRIVATE);
        String bens = text(page(ben, "/"));
        assertThat(bens).contains("Ana answered your apology.").doesNotContain("Your apology is with Ana.");
        page(ben, "/apologies/" + apology);
        assertThat(text(page(ben, "/"))).doesNotContain("Ana answered your apology.");
        assertThat(text(page(ben, "/inbox"))).contains("Ana answered your apology.");
    }

    @Test
    void twoResponsesFromTheSamePartnerAreOneLineAndTheHistoryGroupsThem() throws Exception {
        UUID q1 = questions.ask(ana.id(), "Who else knew?");
        UUID q2 = questions.ask(ana.id(), "When did it start?");
        questions.respond(ben.id(), q1, 0, "ANSWER", "My brother knew.", null);
        questions.respond(ben.id(), q2, 0, "ANSWER", "In March.", null);
        String anas = text(page(ana, "/"));
        assertThat(count(anas, "Ben has responded to your question.")).isEqualTo(1);
        assertThat(anas).contains("One more like this:");
        String history = text(page(ana, "/inbox"));
        assertThat(count(history, "Ben has responded to your question.")).isEqualTo(1);
        assertThat(history).contains("One more like this");
    }

    @Test
    void progressCountsWhatWasDoneAndTheStepShowsItsLastDay() throws Exception {
        reflections.create(ana.id(), new ReflectionDraft(null, "What happened in March", null, null, Map.of(), null));
        String anas = text(page(ana, "/"));
        assertThat(anas).contains("1 of 2 done").contains("last on");
        assertThat(progress.of(ana.id()).get("understanding.reflection").status()).isEqualTo(ProgressStatus.COMPLETED);
        // Sending an apology is the apology exercise done; writing a draft only starts it.
        UUID apology = apologies.createDraft(ben.id(), "I am sorry.");
        assertThat(progress.of(ben.id()).get("responsibility.apology").status()).isEqualTo(ProgressStatus.STARTED);
        apologies.send(ben.id(), apology, 0);
        assertThat(progress.of(ben.id()).get("responsibility.apology").status()).isEqualTo(ProgressStatus.COMPLETED);
    }

    @Test
    void thePartnersTodayIsTheSameWhetherTheOtherHasNoPrivateEntriesOrMany() throws Exception {
        questions.ask(ana.id(), "Who else knew?");
        String before = normalized(page(ben, "/").getContentAsString());
        for (int i = 0; i < 5; i++) {
            reflections.create(ana.id(), new ReflectionDraft(null, "Private " + i, null, null, Map.of(), null));
            commitments.create(ana.id(), new CommitmentDraft("Private promise " + i, "DAILY", List.of(),
                    LocalDate.now(clock.withZone(MADRID)).toString(), "", "PRIVATE"));
        }
        String after = normalized(page(ben, "/").getContentAsString());
        assertThat(after).isEqualTo(before);
        assertThat(after).doesNotContain("Private promise");
    }

    @Test
    void theNewPlacesAreOnlyForSignedInPeopleAndTheInvitationLinkWelcomesAVisitor() throws Exception {
        for (String path : List.of("/inbox", "/together", "/welcome")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl()).as(path).endsWith("/sign-in");
            assertThat(page(ana, path).getStatus()).as(path).isEqualTo(200);
        }
        TestPerson cleo = people.create("Cleo");
        String code = couples.start(cleo.id(), Role.HURT_PARTNER).code();
        String invited = text(mvc.perform(get("/join/" + code)).andReturn().getResponse());
        assertThat(invited).contains("Cleo has invited you").contains("Create my account").contains("I already have an account");
        String unusable = text(mvc.perform(get("/join/ZZZZ-ZZZZ-ZZZZ")).andReturn().getResponse());
        assertThat(unusable).contains("This invitation can no longer be used").doesNotContain("Cleo");
        assertThat(text(page(ben, "/welcome?joined=1"))).contains("You have joined Ana’s space.");
        assertThat(text(page(ben, "/welcome?step=3"))).contains("Take the safety check");
    }

    /** The page without what differs on every response: the CSRF token and the script nonce. */
    private static String normalized(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "nonce").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "csrf")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "csrf");
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
