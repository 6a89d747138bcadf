package app.kintsugi.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

class SafetyHttpTest extends IntegrationTest {

    @Autowired
    SafetyChecks checks;

    @Autowired
    Couples couples;

    @Test
    void theDashboardAsksForTheCheckUntilItIsTaken() throws Exception {
        TestPerson ana = people.create("Ana");
        // Alone for now, the check is offered for her own sake; with a partner, before exercises together.
        mvc.perform(get("/").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("A short, private safety check helps the program")));
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.start(ana.id(), Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
        mvc.perform(get("/").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("please take the short safety check")));
        answer(ana, "NEVER", "NEVER", "NEVER", "SOMETIMES", "RATHER_NOT_SAY")
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/safety/result"));
        mvc.perform(get("/safety/result").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("Your answers are saved privately")));
        assertThat(checks.status(ana.id()).readyForJointWork()).isTrue();
        mvc.perform(get("/").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("You took the safety check on")));
    }

    @Test
    void aConcerningAnswerShowsPrivateResourcesAndAdvisesIndividualHelp() throws Exception {
        TestPerson ana = people.create("Ana");
        answer(ana, "NEVER", "NEVER", "SOMETIMES", "NEVER", "NEVER").andExpect(status().is3xxRedirection());
        mvc.perform(get("/safety/result").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("you may not feel safe")))
                .andExpect(content().string(Matchers.containsString("Call your local emergency number")))
                .andExpect(content().string(Matchers.containsString("never shown to your partner")));
        assertThat(checks.status(ana.id()).concerning()).isTrue();
        mvc.perform(get("/").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("talking to someone on your own first")));
        // Taking it again later, when things changed, is always possible.
        answer(ana, "NEVER", "NEVER", "NEVER", "NEVER", "NEVER");
        assertThat(checks.status(ana.id()).concerning()).isFalse();
    }

    @Test
    void unansweredQuestionsAreMarkedAndAnswersKept() throws Exception {
        TestPerson ana = people.create("Ana");
        mvc.perform(form(post("/safety"), ana)
                        .param("answers[AFRAID]", "NEVER")
                        .param("answers[HURT]", "NOT_AN_ANSWER"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please choose an answer")))
                .andExpect(content().string(Matchers.containsString("id=\"q-AFRAID-NEVER\" name=\"answers[AFRAID]\" value=\"NEVER\" checked")));
        assertThat(checks.status(ana.id()).taken()).isFalse();
    }

    @Test
    void theResultPageShowsTheLatestAnswersAndRecordsNothing() throws Exception {
        TestPerson ana = people.create("Ana");
        mvc.perform(get("/safety/result").with(user(ana.principal())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/safety"));
        answer(ana, "NEVER", "NEVER", "NEVER", "NEVER", "NEVER");
        var first = checks.status(ana.id()).takenAt();
        clock.advance(java.time.Duration.ofMinutes(5));
        mvc.perform(get("/safety/result").with(user(ana.principal()))).andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(checks.status(ana.id()).takenAt()).isEqualTo(first);
    }

    @Test
    void resourcesAreReachableWithoutAnAccount() throws Exception {
        mvc.perform(get("/safety/resources"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("If you are in danger right now")));
    }

    private org.springframework.test.web.servlet.ResultActions answer(TestPerson p, String afraid, String hurt,
            String threatened, String insulted, String controlled) throws Exception {
        return mvc.perform(form(post("/safety"), p)
                .param("answers[AFRAID]", afraid)
                .param("answers[HURT]", hurt)
                .param("answers[THREATENED]", threatened)
                .param("answers[INSULTED]", insulted)
                .param("answers[CONTROLLED]", controlled));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder b, TestPerson p) {
        return b.with(csrf()).with(user(p.principal()));
    }
}
