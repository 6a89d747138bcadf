package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.shared.InvalidInputException;

/** The create-operator command reads its arguments and password and reports plainly; no server needed. */
class CreateOperatorCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<NewAccount> created = new ArrayList<>();

    private int run(String password, String stdin, String... args) {
        return CreateOperatorCommand.run(args, password, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), account -> {
                    created.add(account);
                    if (account.email().equals("taken@example.org")) {
                        throw InvalidInputException.of("email", "account.email.taken");
                    }
                    return new Person(new PersonId(UUID.randomUUID()), account.email(), account.displayName(), null, Theme.SYSTEM,
                            false, java.time.ZoneOffset.UTC, 0);
                });
    }

    @Test
    void createsTheOperatorWithThePasswordFromTheEnvironment() {
        assertThat(run("a long operator passphrase", "", "create-operator", "--email", "ops@example.org", "--name", "Ops")).isZero();
        assertThat(created).singleElement().satisfies(a -> {
            assertThat(a.email()).isEqualTo("ops@example.org");
            assertThat(a.displayName()).isEqualTo("Ops");
            assertThat(a.password()).isEqualTo("a long operator passphrase");
        });
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Operator account created: ");
    }

    @Test
    void readsThePasswordFromTheFirstLineOfStandardInput() {
        assertThat(run(null, "typed passphrase here\nsecond line", "create-operator", "--name", "Ops", "--email", "o@example.org")).isZero();
        assertThat(created.get(0).password()).isEqualTo("typed passphrase here");
    }

    @Test
    void wrongUsageOrNoPasswordCreatesNothing() {
        assertThat(run("pw", "", "create-operator", "--email", "o@example.org")).isEqualTo(2);
        assertThat(run("pw", "", "create-operator", "--email", "o@example.org", "--name", "Ops", "--extra")).isEqualTo(2);
        assertThat(run(null, "", "create-operator", "--email", "o@example.org", "--name", "Ops")).isEqualTo(2);
        assertThat(created).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: create-operator").contains("No password");
    }

    @Test
    void aRefusalNamesTheFieldAndNeverEchoesThePassword() {
        assertThat(run("secret passphrase", "", "create-operator", "--email", "taken@example.org", "--name", "Ops")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("email: ").doesNotContain("account.email.taken").doesNotContain("secret passphrase");
    }
}
