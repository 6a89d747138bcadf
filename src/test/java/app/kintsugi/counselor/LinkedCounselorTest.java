package app.kintsugi.counselor;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * Ana and Ben with a counselor, Dr Rivera, both agreed to; Cleo of another couple; Dr Other, a
 * counselor nobody invited. Set up anew for each test.
 */
abstract class LinkedCounselorTest extends IntegrationTest {

    @Autowired
    protected Counselors counselors;

    @Autowired
    protected app.kintsugi.account.Accounts accounts;

    @Autowired
    protected ApiTokens tokens;

    protected TestPerson ana;
    protected TestPerson ben;
    protected TestPerson cleo;
    protected TestPerson counselor;
    protected TestPerson stranger;
    protected UUID link;

    @BeforeEach
    void linkTheCounselor() throws Exception {
        TestCouple couple = testCouples.of("Ana", Role.BROKE_TRUST, "Ben", Role.HURT_PARTNER);
        ana = couple.first();
        ben = couple.second();
        cleo = testCouples.of("Cleo", "Dan").first();
        var operator = accounts.register(new app.kintsugi.account.NewAccount(TestAccounts.uniqueEmail(), "Olga", TestAccounts.PASSWORD,
                "en", "Europe/Madrid"), AccountRole.OPERATOR);
        counselor = counselorOf(operator.id(), "Dr Rivera");
        stranger = counselorOf(operator.id(), "Dr Other");
        postAs(ana, "/help/counselor/invite", Map.of("counselor", counselors.find(counselor.id()).orElseThrow().code(), "consent", "true"));
        link = UUID.fromString(jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(ana.id().value().toString()).query(String.class).single());
        postAs(ben, "/help/counselor/" + link + "/consent", Map.of("agree", "true"));
    }

    private TestPerson counselorOf(PersonId operator, String name) {
        var created = counselors.create(operator, TestAccounts.uniqueEmail(), name, "Practice", "en");
        return new TestPerson(created.counselor().id(), created.counselor().email(), name,
                TestAccounts.principal(created.counselor().id(), AccountRole.COUNSELOR));
    }

    /** A fresh API token with read and write scope. */
    protected String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }
}
