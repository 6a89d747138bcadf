package app.kintsugi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.TestDatabase;
import app.kintsugi.account.SecondFactors;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;

/**
 * The operator's account commands against the running application's database: signing one person or
 * everyone out everywhere, and removing the second step of someone who lost it with their recovery
 * codes, which they are told about.
 */
class AccountCommandsTest extends IntegrationTest {

    @Autowired
    SecondFactors factors;

    private static FreshDatabase.Outcome run(String... args) {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.copyOf(TestDatabase.properties())));
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = OperationsCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new FreshDatabase.Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private HttpAgent signedIn(TestPerson person) {
        HttpAgent browser = new HttpAgent(port);
        assertThat(browser.signIn(person.email(), TestAccounts.PASSWORD).location()).doesNotContain("sign-in");
        assertThat(browser.get("/settings").status()).isEqualTo(200);
        return browser;
    }

    @Test
    void endSessionsSignsOnePersonOutEverywhereAndNobodyElse() {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        HttpAgent anasPhone = signedIn(ana);
        HttpAgent anasLaptop = signedIn(ana);
        HttpAgent bens = signedIn(ben);

        var done = run("end-sessions", "--email", "  " + ana.email().toUpperCase() + " ");
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("2 sessions ended");
        assertThat(anasPhone.get("/settings").status()).isEqualTo(302);
        assertThat(anasLaptop.get("/settings").status()).isEqualTo(302);
        assertThat(bens.get("/settings").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trusted_device WHERE person_id = ?").param(ana.id().value().toString())
                .query(Long.class).single()).isZero();

        assertThat(run("end-sessions", "--email", "nobody-" + ana.email()).code()).isEqualTo(1);
        assertThat(run("end-sessions").code()).isEqualTo(2);

        var all = run("end-sessions", "--all");
        assertThat(all.code()).isZero();
        assertThat(bens.get("/settings").status()).isEqualTo(302);
    }

    @Test
    void removeSecondStepLetsSomeoneWhoLostEverythingBackInWithTheirPassword() {
        TestPerson ana = people.create("Ana");
        String id = ana.id().value().toString();
        HttpAgent open = signedIn(ana);
        jdbc.sql("INSERT INTO totp_factor (id, person_id, secret, created_at, confirmed_at) VALUES (?, ?, ?, ?, ?)")
                .params(java.util.UUID.randomUUID().toString(), id, new byte[] {1, 2, 3}, 0L, 0L).update();
        jdbc.sql("INSERT INTO recovery_code (code_hash, person_id, created_at) VALUES (?, ?, ?)").params("h-" + id, id, 0L).update();
        assertThat(factors.active(ana.id())).isTrue();
        assertThat(new HttpAgent(port).signIn(ana.email(), TestAccounts.PASSWORD).location()).endsWith("/sign-in/code");

        var done = run("remove-second-step", "--email", ana.email());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("The second step is removed");
        assertThat(factors.active(ana.id())).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE person_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(open.get("/settings").status()).as("signed out everywhere").isEqualTo(302);
        HttpAgent back = signedIn(ana);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(back.get("/").body())).contains("How you sign in changed since your last visit");

        assertThat(run("remove-second-step", "--email", "nobody-" + ana.email()).code()).isEqualTo(1);
        assertThat(run("remove-second-step").code()).isEqualTo(2);
    }
}
