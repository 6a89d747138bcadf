package app.kintsugi.couple;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;

/**
 * "Are these two the partners of this space?" is asked many times on one page, with the two named in
 * either order; within one request it is looked up once per pair, whichever comes first.
 */
class PartnersPerRequestTest extends IntegrationTest {

    @Autowired
    TestAccounts people;
    @Autowired
    Couples couples;
    @Autowired
    JdbcClient jdbc;

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
}
