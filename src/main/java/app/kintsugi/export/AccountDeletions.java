package app.kintsugi.export;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.Erasures;
import app.kintsugi.shared.InvalidInputException;

/**
 * Closing an account. The person asks (after typing the password again), and the account stays as
 * it is for a grace period they can end at any time by keeping it; then their space ends, their
 * writing is erased and their data key destroyed ({@link Erasures}). Only ids and times are kept
 * about the request, and the audit says what happened, never what was written.
 */
@Service
public class AccountDeletions {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletions.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration grace;
    private final Couples couples;
    private final Erasures erasures;
    private final AuditLog audit;
    private final app.kintsugi.account.ApiTokens tokens;
    private final PasswordCheck passwords;

    AccountDeletions(JdbcClient jdbc, Clock clock, @Value("${kintsugi.accounts.deletion-grace:7d}") Duration grace,
            Couples couples, Erasures erasures, AuditLog audit, app.kintsugi.account.ApiTokens tokens, PasswordCheck passwords) {
        this.tokens = tokens;
        this.passwords = passwords;
        if (grace.isNegative()) {
            throw new IllegalArgumentException("kintsugi.accounts.deletion-grace cannot be negative");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.grace = grace;
        this.couples = couples;
        this.erasures = erasures;
        this.audit = audit;
    }

    /** How long a person has to change their mind. */
    public Duration grace() {
        return grace;
    }

    /** When the person's account will be closed, if they asked for it. */
    public Optional<Instant> dueAt(PersonId person) {
        return jdbc.sql("SELECT due_at FROM account_deletion WHERE person_id = ?").param(person.value().toString())
                .query(Long.class).optional().map(Instant::ofEpochMilli);
    }

    /** Asks for the account to be closed after the grace period; asking again keeps the first date. */
    @Transactional
    public Instant request(PersonId person) {
        Optional<Instant> existing = dueAt(person);
        if (existing.isPresent()) {
            return existing.get();
        }
        long now = clock.millis();
        long due = now + grace.toMillis();
        jdbc.sql("INSERT INTO account_deletion (person_id, requested_at, due_at) VALUES (?, ?, ?) ON CONFLICT (person_id) DO NOTHING")
                .params(person.value().toString(), now, due).update();
        audit.record(person, "ACCOUNT_CLOSING_REQUESTED", "person", person.value(), null);
        // Apps stop at once; keeping the account (cancel) means making a new token, as after a new password.
        tokens.revokeAll(person);
        log.info("event=account_closing_requested person={} due_at={}", person, due);
        return dueAt(person).orElse(Instant.ofEpochMilli(due));
    }

    /**
     * Asks for the account to be closed with the password typed again, as the page does: asked already,
     * the first date stands and no password is needed; a missing, wrong or too hurried one is named at
     * the field {@code password} (with the seconds to wait), and nothing is asked then.
     */
    @Transactional
    public Instant request(PersonId person, String password) {
        Optional<Instant> existing = dueAt(person);
        if (existing.isPresent()) {
            return existing.get();
        }
        PasswordCheck.Result result = passwords.check(person, password);
        if (!result.ok()) {
            throw InvalidInputException.of("password", result.mustWait() ? "export.password.wait"
                    : password == null || password.isEmpty() ? "export.password.required" : "export.password.wrong", result.waitSeconds());
        }
        return request(person);
    }

    /** Keeps the account: the request is gone, nothing else changed. */
    @Transactional
    public boolean cancel(PersonId person) {
        int removed = jdbc.sql("DELETE FROM account_deletion WHERE person_id = ?").param(person.value().toString()).update();
        if (removed > 0) {
            audit.record(person, "ACCOUNT_CLOSING_CANCELLED", "person", person.value(), null);
            log.info("event=account_closing_cancelled person={}", person);
        }
        return removed > 0;
    }

    /** Closes every account whose grace period is over; run by the scheduled task on one node at a time. */
    public int closeDue() {
        List<String> due = jdbc.sql("SELECT person_id FROM account_deletion WHERE due_at <= ? ORDER BY due_at")
                .param(clock.millis()).query(String.class).list();
        int closed = 0;
        for (String id : due) {
            PersonId person = PersonId.of(id);
            try {
                couples.closeAccount(person);
                erasures.erase(person);
                closed++;
            } catch (RuntimeException e) {
                // Tried again at the next run; the account stays as it was until then.
                log.error("event=account_closing_failed person={} reason={}", person, e.getClass().getSimpleName(), e);
            }
        }
        return closed;
    }
}
