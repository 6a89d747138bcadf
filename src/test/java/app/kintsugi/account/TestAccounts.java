package app.kintsugi.account;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Creates people for tests through the real registration rules. */
@Component
@RequiredArgsConstructor
public class TestAccounts {

    public static final String PASSWORD = "a quiet harbour at dawn";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Accounts accounts;

    public record TestPerson(PersonId id, String email, String name, PersonPrincipal principal) {
    }

    public TestPerson create(String name) {
        String email = "p" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Person person = accounts.register(new NewAccount(email, name, PASSWORD, "en", "Europe/Madrid"));
        return new TestPerson(person.id(), email, name, new PersonPrincipal(person.id(), null));
    }

    /** An account with a staff role (operator, counselor…), signed in as that role. */
    public TestPerson staff(String name, AccountRole role) {
        String email = uniqueEmail();
        Person person = accounts.register(new NewAccount(email, name, PASSWORD, "en", "Europe/Madrid"), role);
        return new TestPerson(person.id(), email, name, principal(person.id(), role));
    }

    /** The principal of an account with this role, as the session would hold it after signing in. */
    public static PersonPrincipal principal(PersonId id, AccountRole role) {
        return new PersonPrincipal(id, null, role);
    }

    public static String uniqueEmail() {
        return "u" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
