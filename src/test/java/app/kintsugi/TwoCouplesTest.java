package app.kintsugi;

import org.junit.jupiter.api.BeforeEach;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * Base for integration tests about a couple: Ana and Ben are partners, and Cleo and Dan are another
 * couple, whom nothing of Ana's and Ben's may reach. Made afresh through the real rules before each test.
 */
public abstract class TwoCouplesTest extends IntegrationTest {

    protected TestPerson ana;
    protected TestPerson ben;
    protected TestPerson cleo;
    protected TestPerson dan;

    @BeforeEach
    void makeTwoCouples() {
        TestCouple couple = anaAndBen();
        ana = named("Ana", couple);
        ben = named("Ben", couple);
        TestCouple others = cleoAndDan();
        cleo = others.first();
        dan = others.second();
    }

    /** Ana's and Ben's couple; a test that needs their roles or their safety answers set makes it its own way. */
    protected TestCouple anaAndBen() {
        return testCouples.of("Ana", "Ben");
    }

    /** The other couple. */
    protected TestCouple cleoAndDan() {
        return testCouples.of("Cleo", "Dan");
    }

    private static TestPerson named(String name, TestCouple couple) {
        return couple.first().name().equals(name) ? couple.first() : couple.second();
    }
}
