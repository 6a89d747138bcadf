package app.kintsugi.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.shared.PerRequest;
import app.kintsugi.transparency.Questions;

/**
 * "Are these two the partners of this space?" is asked many times on one page, with the two named in
 * either order; within one request it is looked up once per pair, whichever comes first.
 */
class PartnersPerRequestTest extends IntegrationTest {

    @Autowired
    Couples couples;
    @Autowired
    Questions questions;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void thePairIsLookedUpOnceWhicheverIsNamedFirst() {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.start(ana.id(), Role.BOTH).code(), Role.BOTH);
        CoupleId space = couples.activeCoupleOf(ana.id()).orElseThrow();

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(couples.areActivePartners(space, ana.id(), ben.id())).isTrue();
        // Were it looked up again, this would change the answer within the same request.
        jdbc.sql("UPDATE couple_member SET left_at = 1 WHERE person_id = ?").param(ben.id().value().toString()).update();
        assertThat(couples.areActivePartners(space, ben.id(), ana.id())).as("the other order, the same answer").isTrue();

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(couples.areActivePartners(space, ben.id(), ana.id())).as("a new request looks again").isFalse();
    }

    /**
     * Answering a question checks that the one answering may write in it (the policy names the viewer
     * first) and that its two people are still the members of its space (the question names its asker
     * first): the same pair, looked up once in the request. Every lookup that went to the database is
     * one entry of the request's memo, so the entries count them.
     */
    @Test
    void answeringAQuestionLooksThePairUpOnce() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        UUID question = questions.ask(couple.first().id(), "Where were you on Friday?");
        long version = questions.thread(couple.second().id(), question).first().version();

        MvcResult answered = mvc.perform(post("/questions/" + question + "/respond").with(csrf())
                .with(user(couple.second().principal())).param("version", String.valueOf(version)).param("kind", "ANSWER")
                .param("text", "At my sister's.").param("answerBy", "")).andReturn();
        assertThat(answered.getResponse().getRedirectedUrl()).contains("?responded");
        assertThat(pairLookups(answered)).as("pairs looked up while answering").hasSize(1).containsValue(true);

        for (TestPerson who : couple.both()) {
            MvcResult opened = mvc.perform(get("/questions/" + question).with(user(who.principal()))).andReturn();
            assertThat(opened.getResponse().getStatus()).isEqualTo(200);
            assertThat(pairLookups(opened)).as("pairs looked up opening the question, " + who.name()).hasSize(1).containsValue(true);
        }
    }

    /** What the request remembered of "are these two partners": one entry per lookup that reached the database. */
    @SuppressWarnings("unchecked")
    private static Map<Object, Object> pairLookups(MvcResult result) {
        Object memo = result.getRequest().getAttribute(PerRequest.class.getName() + ".couples.partners");
        assertThat(memo).as("the request remembered the pair").isInstanceOf(Map.class);
        return (Map<Object, Object>) memo;
    }
}
