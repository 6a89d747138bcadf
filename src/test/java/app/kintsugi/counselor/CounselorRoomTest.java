package app.kintsugi.counselor;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * Base for tests of a counselor's room: Ana (who broke trust) and Ben (who was hurt), an operator's two
 * counselors, Dr Rivera and Dr Other, and {@link #linked} to bring one of them in with both partners' consent.
 */
abstract class CounselorRoomTest extends TwoCouplesTest {

    @Autowired
    protected Counselors counselors;

    protected TestPerson counselor;
    protected TestPerson otherCounselor;

    @Override
    protected TestCouple anaAndBen() {
        return testCouples.of("Ana", Role.BROKE_TRUST, "Ben", Role.HURT_PARTNER);
    }

    @BeforeEach
    void twoCounselors() {
        TestPerson operator = people.staff("Olga", AccountRole.OPERATOR);
        counselor = counselorOf(operator, "Dr Rivera");
        otherCounselor = counselorOf(operator, "Dr Other");
    }

    /** Ana invites this counselor by code and Ben agrees: the link between the couple and the counselor. */
    protected UUID linked(TestPerson chosen) throws Exception {
        postAs(ana, "/help/counselor/invite", Map.of("counselor", counselors.find(chosen.id()).orElseThrow().code(), "consent", "true"));
        UUID link = UUID.fromString(jdbc.sql("SELECT id FROM counselor_link WHERE invited_by = ? AND ended_at IS NULL")
                .param(ana.id().value().toString()).query(String.class).single());
        postAs(ben, "/help/counselor/" + link + "/consent", Map.of("agree", "true"));
        return link;
    }

    private TestPerson counselorOf(TestPerson operator, String name) {
        var created = counselors.create(operator.id(), TestAccounts.uniqueEmail(), name, "Practice", "en");
        return new TestPerson(created.counselor().id(), created.counselor().email(), name,
                TestAccounts.principal(created.counselor().id(), AccountRole.COUNSELOR));
    }
}
