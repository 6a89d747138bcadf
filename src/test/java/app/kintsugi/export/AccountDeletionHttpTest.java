package app.kintsugi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.privacy.CryptoProperties;
import app.kintsugi.privacy.KeyMaintenance;

/**
 * Closing an account, tried as a couple would: Ana and Ben have written in every module with a
 * counselor beside them. Ana asks to close her account, sees the date on every page, changes her mind,
 * asks again; seven days later her account is gone. Nothing she wrote opens anywhere (her key is
 * destroyed and her words blanked), Ben's pages all open, his export holds every word he wrote, his
 * dashboard tells him plainly what happened, and the counselor's access and notes on them are gone.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountDeletionHttpTest extends IntegrationTest {

    /** Every list page a person has, which must open for the one who stays. */
    private static final List<String> PAGES = List.of("/", "/together", "/accountability", "/expectations", "/inbox", "/reflections",
            "/own-role", "/apologies", "/conversations", "/conversations/rules", "/dialogue", "/commitments", "/check-in",
            "/check-in/trajectory", "/questions", "/sharing", "/amends", "/boundaries", "/appreciations", "/kind-acts", "/respect/ratio",
            "/help", "/help/counselor", "/help/prepare", "/space", "/settings");

    @Autowired CoupleInEveryModule everyModule;
    @Autowired AccountDeletions deletions;
    @Autowired Accounts accounts;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired CryptoProperties keys;

    private CoupleInEveryModule.Written written;
    private TestPerson ana;
    private TestPerson ben;

    @BeforeEach
    void aCoupleWhoWroteInEveryModule() {
        written = everyModule.write(clock);
        ana = written.ana();
        ben = written.ben();
    }

    private MockHttpServletResponse ask(TestPerson who, String password) throws Exception {
        return postAs(who, "/settings/delete", password == null ? Map.of() : Map.of("password", password));
    }

    private String exportOf(TestPerson who) throws Exception {
        return postAs(who, "/settings/data", Map.of("format", "json", "password", TestAccounts.PASSWORD))
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theRequestWaitsOutTheGracePeriodCanBeTakenBackAndThenErasesEverythingAnaWrote(CapturedOutput output) throws Exception {
        String bensBefore = exportOf(ben);
        for (String word : written.bensWords()) {
            assertThat(bensBefore).as("Ben's own words, before").contains(word);
        }
        assertThat(text(page(ana, "/settings"))).contains("href=\"/settings/delete\"");
        String explained = text(page(ana, "/settings/delete"));
        assertThat(explained).contains("after 7 days").contains("Everything you wrote here is erased")
                .contains("The other person keeps everything they wrote").contains("href=\"/settings/data\"")
                .contains("autocomplete=\"current-password\"");

        // A wrong password: said next to the field, nothing stored.
        String wrong = text(ask(ana, "not my password"));
        assertThat(wrong).contains("That password is not right").contains("id=\"password-error\"").contains("aria-invalid=\"true\"");
        assertThat(deletions.dueAt(ana.id())).isEmpty();
        assertThat(text(ask(ana, null))).contains("Please type your password.");
        assertThat(deletions.dueAt(ana.id())).isEmpty();

        // The right one: the date, on this page and on every other.
        MockHttpServletResponse asked = ask(ana, TestAccounts.PASSWORD);
        assertThat(asked.getRedirectedUrl()).isEqualTo("/settings/delete?requested");
        assertThat(Duration.between(clock.instant(), deletions.dueAt(ana.id()).orElseThrow()))
                .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
        assertThat(text(page(ana, "/settings/delete?requested"))).contains("Your request is saved")
                .contains("Your account will be closed on").contains("Keep my account");
        assertThat(text(page(ana, "/reflections"))).contains("Your account will be closed on").contains("href=\"/settings/delete\"");
        assertThat(text(page(ben, "/"))).as("Ben is told nothing while Ana may still change her mind")
                .doesNotContain("will be closed").doesNotContain("closed their account");

        // She changes her mind: nothing has changed.
        assertThat(postAs(ana, "/settings/delete/keep", Map.of()).getRedirectedUrl()).isEqualTo("/settings?kept");
        assertThat(text(page(ana, "/settings?kept"))).contains("Your account stays");
        assertThat(deletions.dueAt(ana.id())).isEmpty();
        clock.advance(Duration.ofDays(8));
        deletions.closeDue();
        assertThat(accounts.find(ana.id())).isPresent();

        // She asks again; a day before the date nothing happens, on the date everything does.
        ask(ana, TestAccounts.PASSWORD);
        clock.advance(Duration.ofDays(6));
        deletions.closeDue();
        assertThat(accounts.find(ana.id())).isPresent();
        clock.advance(Duration.ofDays(1));
        deletions.closeDue();

        // Ana is gone: no account, no key, nothing of hers opens; her id is on the list outside the database.
        String anaId = ana.id().value().toString();
        assertThat(accounts.find(ana.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_key WHERE person_id = ?").param(anaId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erased_person WHERE person_id = ?").param(anaId).query(Long.class).single()).isOne();
        assertThat(Files.readString(Path.of(keys.destroyedKeysFile()))).contains(anaId);
        var entries = KeyMaintenance.of(dataSource, keys).checkEntries(0);
        assertThat(entries).as("every sealed entry left opens with its owner's key: none of Ana's is left")
                .allSatisfy(kind -> assertThat(kind.ok()).as(kind.toString()).isTrue());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reflection WHERE author_id = ?").param(anaId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_note WHERE link_id = ?").param(written.link().toString())
                .query(Long.class).single()).as("the counselor's notes on the couple").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_link WHERE id = ? AND ended_at IS NOT NULL")
                .param(written.link().toString()).query(Long.class).single()).as("the counselor's access").isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'ACCOUNT_ERASED'").param(anaId)
                .query(Long.class).single()).isOne();
        // Ben: every page opens, none shows a word of Ana's, his dashboard says what happened.
        for (String path : PAGES) {
            MockHttpServletResponse response = page(ben, path);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(text(response)).as(path).doesNotContain(written.a() + "-");
        }
        assertThat(text(page(ben, "/"))).contains("The other person closed their account on")
                .contains("Everything you wrote there is still here for you to read");

        // Ben's export holds every word he wrote, and none of Ana's.
        String bens = postAs(ben, "/settings/data", Map.of("format", "json", "password", TestAccounts.PASSWORD))
                .getContentAsString(StandardCharsets.UTF_8);
        for (String word : written.bensWords()) {
            assertThat(bens).as("Ben's own words").contains(word);
        }
        assertThat(bens).doesNotContain(written.a() + "-");

        // The counselor: the couple is no longer theirs to open.
        var counselor = TestAccounts.principal(written.counselor(), AccountRole.COUNSELOR);
        assertThat(mvc.perform(get("/counselor/couples/" + written.link()).with(user(counselor))).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        assertThat(output.getAll()).contains("event=person_erased").doesNotContain(written.a() + "-");
        // The work is done once: nothing of hers is left to close.
        assertThat(deletions.dueAt(ana.id())).isEmpty();
    }

    @Test
    void aCounselorCanCloseTheirAccountAndTheCouplesAccessEnds() throws Exception {
        var counselor = new TestPerson(written.counselor(), "", "Counselor",
                TestAccounts.principal(written.counselor(), AccountRole.COUNSELOR));
        assertThat(text(page(counselor, "/settings/delete"))).contains("Your access to every couple ends");
        // The counselor was made by an operator with a password of their own; the request is made directly here.
        deletions.request(counselor.id());
        clock.advance(Duration.ofDays(7));
        deletions.closeDue();

        assertThat(accounts.find(counselor.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_link WHERE id = ? AND ended_at IS NOT NULL")
                .param(written.link().toString()).query(Long.class).single()).isOne();
        for (TestPerson p : List.of(ana, ben)) {
            assertThat(page(p, "/help/counselor").getStatus()).isEqualTo(200);
            assertThat(page(p, "/").getStatus()).isEqualTo(200);
        }
        assertThat(KeyMaintenance.of(dataSource, keys).checkEntries(0)).allSatisfy(kind -> assertThat(kind.ok()).isTrue());
    }

    /** Access rows: only the person themselves, signed in, can ask or take it back. */
    @Test
    void onlyThePersonThemselvesCanAskToCloseTheirAccountOrKeepIt() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/settings/delete")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/sign-in");
        MockHttpServletResponse anonymousPost = mvc.perform(post("/settings/delete").with(csrf()).param("password", TestAccounts.PASSWORD))
                .andReturn().getResponse();
        assertThat(anonymousPost.getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/settings/delete").with(user(ana.principal())).param("password", TestAccounts.PASSWORD))
                .andReturn().getResponse().getStatus()).as("without the form's token").isEqualTo(403);
        assertThat(deletions.dueAt(ana.id())).isEmpty();

        // Ben, with his own password, can only ever close his own account; taking back is his own too.
        ask(ana, TestAccounts.PASSWORD);
        postAs(ben, "/settings/delete/keep?person=" + ana.id().value(), Map.of("person", ana.id().value().toString()));
        assertThat(deletions.dueAt(ana.id())).isPresent();
        assertThat(deletions.dueAt(ben.id())).isEmpty();
        assertThat(page(ben, "/settings/delete/" + ana.id().value()).getStatus()).isEqualTo(404);

        // Another couple sees nothing of it.
        TestPerson stranger = people.create("Sam");
        assertThat(text(page(stranger, "/"))).doesNotContain("will be closed");
    }

    @Autowired TestAccounts people;
}
