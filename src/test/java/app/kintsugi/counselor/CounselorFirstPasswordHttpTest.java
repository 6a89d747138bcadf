package app.kintsugi.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.TestAccounts;

/**
 * A counselor account an operator created: the first password, which the operator has seen, lets the
 * counselor in once, where every page leads to choosing a password of their own; after that it is
 * theirs alone and nothing leads there any more.
 */
class CounselorFirstPasswordHttpTest extends IntegrationTest {

    @Autowired
    Counselors counselors;
    @Autowired
    Accounts accounts;

    @Test
    void theFirstPasswordOnlyLeadsToChoosingOnesOwn() {
        var operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Olga", TestAccounts.PASSWORD, "en", "UTC"),
                AccountRole.OPERATOR);
        var created = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "Dr Rivera", "", "en");
        String email = created.counselor().email();

        HttpAgent browser = new HttpAgent(port);
        HttpAgent.Page in = browser.signIn(email, created.firstPassword());
        assertThat(in.status()).isEqualTo(302);
        for (String path : java.util.List.of("/", "/counselor", "/settings", "/settings/security")) {
            HttpAgent.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(303);
            assertThat(page.location()).as(path).endsWith("/settings/password?first");
        }
        HttpAgent.Page form = browser.get("/settings/password?first");
        assertThat(form.status()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(form.body())).contains("works for this first sign-in only");
        // Nothing else is done meanwhile.
        assertThat(browser.post("/settings/sessions/others/end", Map.of()).location()).endsWith("/settings/password?first");

        String own = "a lantern by the north window";
        HttpAgent.Page changed = browser.post("/settings/password",
                Map.of("currentPassword", created.firstPassword(), "newPassword", own, "repeatPassword", own));
        assertThat(changed.location()).endsWith("/settings/password?changed");
        assertThat(browser.get("/counselor").status()).isEqualTo(200);

        // The first password no longer works, and the new one leads straight in.
        assertThat(new HttpAgent(port).signIn(email, created.firstPassword()).status()).isEqualTo(401);
        HttpAgent again = new HttpAgent(port);
        again.signIn(email, own);
        assertThat(again.get("/counselor").status()).isEqualTo(200);
    }
}
