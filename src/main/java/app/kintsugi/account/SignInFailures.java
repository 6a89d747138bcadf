package app.kintsugi.account;

import java.time.Clock;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the wrong passwords and codes typed for an account since its owner last signed in, so that
 * they are told once, calmly, after signing in. Only the number is kept, never from where.
 */
@Component
@RequiredArgsConstructor
class SignInFailures {

    private final JdbcClient jdbc;
    private final Clock clock;

    void failed(PersonId person) {
        String id = person.value().toString();
        if (jdbc.sql("UPDATE sign_in_failure SET failures = failures + 1 WHERE person_id = ?").param(id).update() == 0) {
            jdbc.sql("INSERT INTO sign_in_failure (person_id, failures, since) VALUES (?, 1, ?) "
                    + "ON CONFLICT (person_id) DO UPDATE SET failures = sign_in_failure.failures + 1")
                    .params(id, clock.millis()).update();
        }
    }

    /** The count since the last sign-in, which starts again from zero. */
    int take(PersonId person) {
        String id = person.value().toString();
        Optional<Integer> count = jdbc.sql("SELECT failures FROM sign_in_failure WHERE person_id = ?").param(id)
                .query(Integer.class).optional();
        if (count.isEmpty()) {
            return 0;
        }
        jdbc.sql("DELETE FROM sign_in_failure WHERE person_id = ?").param(id).update();
        return count.get();
    }
}
