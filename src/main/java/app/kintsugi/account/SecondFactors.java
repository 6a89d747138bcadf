package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import app.kintsugi.account.internal.RecoveryCodes;
import app.kintsugi.account.internal.Totp;
import app.kintsugi.shared.InvalidInputException;

/**
 * A second sign-in step: codes from an authenticator app (TOTP), passkeys ({@link Passkeys}) and
 * recovery codes for the day the phone is lost. With one, a correct password is not enough on a
 * browser the account has not seen: the partner who knows the password does not get in without it.
 *
 * <p>Adding or removing it asks for the current password again. Adding it ends every other session
 * and forgets every other remembered browser, which signed in with the password alone; this browser
 * stays. Both are told to the person on Today and, with mail on, in a neutral mail.
 *
 * <p>The key is sealed under the person's data key (a copy of the database makes no codes); recovery
 * codes are stored as hashes and each works once.
 */
@Service
@RequiredArgsConstructor
public class SecondFactors {

    /** How long a key shown for setting up waits for its first code. */
    static final Duration ENROLMENT_LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

    private final JdbcClient jdbc;
    private final SecretSealing sealing;
    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final TrustedDevices devices;
    private final Sessions sessions;
    private final SignInFailures failures;
    private final Clock clock;

    /**
     * Where a person's second step stands: the authenticator app ({@code since} is null without it),
     * their passkeys and the recovery codes left.
     */
    public record Status(boolean app, Instant since, int passkeys, int recoveryCodesLeft) {

        /** True when the person has any second step. */
        public boolean active() {
            return app || passkeys > 0;
        }
    }

    /** A key being set up: the secret to type and the address an app reads from a QR code. */
    public record Enrolment(String secret, String groupedSecret, String uri) {
    }

    /** What happened to a code typed at sign-in. */
    enum Outcome { PASSED, WRONG, WAIT }

    record Check(Outcome outcome, long waitSeconds) {
    }

    /** A change to how the account signs in, for the person's notice. */
    public record Change(UUID id, PersonId person, String kind, Instant at) {
    }

    public static final String ADDED = "second-step-added";
    public static final String REMOVED = "second-step-removed";

    /** True when the person has a second step: an app's key confirmed with a first code, or a passkey. */
    public boolean active(PersonId person) {
        String id = person.value().toString();
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM totp_factor WHERE person_id = ? AND confirmed_at IS NOT NULL)
                             + (SELECT COUNT(*) FROM passkey WHERE person_id = ?)""")
                .params(id, id).query(Long.class).single() > 0;
    }

    /** True when the person signs in with codes from an authenticator app. */
    boolean appOn(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM totp_factor WHERE person_id = ? AND confirmed_at IS NOT NULL")
                .param(person.value().toString()).query(Long.class).single() > 0;
    }

    public Status status(PersonId person) {
        String id = person.value().toString();
        Optional<Long> since = jdbc.sql("SELECT confirmed_at FROM totp_factor WHERE person_id = ? AND confirmed_at IS NOT NULL")
                .param(id).query(Long.class).optional();
        int passkeys = jdbc.sql("SELECT COUNT(*) FROM passkey WHERE person_id = ?").param(id).query(Integer.class).single();
        int left = jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE person_id = ? AND used_at IS NULL").param(id)
                .query(Integer.class).single();
        boolean any = since.isPresent() || passkeys > 0;
        return new Status(since.isPresent(), since.map(Instant::ofEpochMilli).orElse(null), passkeys, any ? left : 0);
    }

    /**
     * Starts setting up a second step after the current password was typed again: a new key, kept
     * sealed and unconfirmed until a first code from the app shows it was added there.
     *
     * @param issuer the name the app shows for the key
     * @throws InvalidInputException naming {@code currentPassword}
     */
    public Enrolment start(PersonId person, String currentPassword, String issuer, HttpServletRequest request) {
        if (appOn(person)) {
            throw InvalidInputException.of("currentPassword", "twoStep.alreadyOn");
        }
        passwords.reauthenticate(person, currentPassword, request);
        String secret = Totp.newSecret();
        UUID id = UUID.randomUUID();
        String owner = person.value().toString();
        jdbc.sql("DELETE FROM totp_factor WHERE person_id = ? AND confirmed_at IS NULL").param(owner).update();
        jdbc.sql("INSERT INTO totp_factor (id, person_id, secret, created_at) VALUES (?, ?, ?, ?)")
                .params(id.toString(), owner, sealing.seal(person, id, secret), clock.millis()).update();
        log.info("event=second_step_setup_started person={}", person);
        return enrolment(secret, issuer);
    }

    /** The key being set up, while it waits for its first code. */
    public Optional<Enrolment> pending(PersonId person, String issuer) {
        return unconfirmed(person).map(row -> enrolment(row.secret(), issuer));
    }

    /**
     * Confirms the key with a first code from the app. Then every other session ends, every other
     * remembered browser is forgotten, and ten recovery codes are made; they are returned to be shown
     * this once.
     *
     * @throws InvalidInputException naming {@code code}
     */
    public List<String> confirm(PersonId person, String code, HttpServletRequest request, HttpServletResponse response) {
        return confirmFirstCode(person, code, request, response);
    }

    /**
     * Confirms the key with a first code, sent through the API: no browser takes part, so none stays
     * signed in or remembered (each of them signed in with the password alone) and no cookie is set.
     *
     * @throws InvalidInputException naming {@code code}
     */
    public List<String> confirmWithoutBrowser(PersonId person, String code) {
        return confirmFirstCode(person, code, null, null);
    }

    private List<String> confirmFirstCode(PersonId person, String code, HttpServletRequest request, HttpServletResponse response) {
        FactorRow row = unconfirmed(person).orElseThrow(() -> InvalidInputException.of("code", "twoStep.setup.expired"));
        OptionalLong step = Totp.matchingStep(row.secret(), code, clock.instant(), row.lastStep());
        if (step.isEmpty()) {
            log.info("event=second_step_setup_code_wrong person={}", person);
            throw InvalidInputException.of("code", Totp.looksLikeCode(code) ? "twoStep.code.wrong" : "twoStep.code.shape");
        }
        boolean first = !active(person);
        jdbc.sql("UPDATE totp_factor SET confirmed_at = ?, last_step = ? WHERE id = ?")
                .params(clock.millis(), step.getAsLong(), row.id().toString()).update();
        log.info("event=authenticator_app_added person={}", person);
        return added(person, first, request, response);
    }

    /**
     * After a way to pass the second step was added (the app, or a passkey). The first one makes ten
     * recovery codes (returned to be shown once), ends every other session and forgets every other
     * remembered browser, which signed in with the password alone; this browser stays. Every one is
     * told to the person.
     */
    List<String> added(PersonId person, boolean first, HttpServletRequest request, HttpServletResponse response) {
        long now = clock.millis();
        changed(person, ADDED, now);
        if (!first) {
            return List.of();
        }
        List<String> codes = replaceRecoveryCodes(person, now);
        if (request == null || response == null) {
            // Through the API: no browser is this one, so none stays.
            int ended = sessions.endAllBut(person, null);
            int forgotten = devices.forgetAllBut(person, null);
            log.info("event=second_step_added person={} other_sessions_ended={} devices_forgotten={} by=api", person, ended, forgotten);
            return codes;
        }
        String keep = devices.trustedFor(request, person).orElse(null);
        int ended = sessions.endAllBut(person, Sessions.currentId(request));
        int forgotten = devices.forgetAllBut(person, keep);
        if (keep == null) {
            devices.remember(request, response, person);
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        log.info("event=second_step_added person={} other_sessions_ended={} devices_forgotten={}", person, ended, forgotten);
        return codes;
    }

    /** After a way to pass the second step was removed: told to the person; the last one takes the recovery codes with it. */
    void removed(PersonId person) {
        if (!active(person)) {
            jdbc.sql("DELETE FROM recovery_code WHERE person_id = ?").param(person.value().toString()).update();
        }
        changed(person, REMOVED, clock.millis());
    }

    /**
     * New recovery codes after the current password was typed again; the old ones stop working.
     *
     * @throws InvalidInputException naming {@code currentPassword}
     */
    public List<String> renewRecoveryCodes(PersonId person, String currentPassword, HttpServletRequest request) {
        if (!active(person)) {
            throw InvalidInputException.of("currentPassword", "twoStep.notOn");
        }
        passwords.reauthenticate(person, currentPassword, request);
        List<String> codes = replaceRecoveryCodes(person, clock.millis());
        log.info("event=recovery_codes_renewed person={}", person);
        return codes;
    }

    /**
     * Removes the second step after the current password was typed again.
     *
     * @throws InvalidInputException naming {@code currentPassword}
     */
    public void remove(PersonId person, String currentPassword, HttpServletRequest request) {
        if (!appOn(person)) {
            throw InvalidInputException.of("currentPassword", "twoStep.notOn");
        }
        passwords.reauthenticate(person, currentPassword, request);
        jdbc.sql("DELETE FROM totp_factor WHERE person_id = ?").param(person.value().toString()).update();
        removed(person);
        log.info("event=authenticator_app_removed person={}", person);
    }

    /**
     * How recent a second step must be for a reset through the mailed link to remove it. Someone who
     * knows the password can turn a second step on and so keep the owner out of every browser; the
     * owner, who has the mailbox, gets back in with a reset in the days that follow (and is told by
     * mail when it was turned on). A second step older than this stays: the mailbox alone never
     * gets past a step the person has had for a while.
     */
    static final java.time.Duration REMOVED_BY_RESET_WITHIN = java.time.Duration.ofDays(14);

    @org.springframework.context.event.EventListener
    void passwordResetByMail(PasswordResetByMail reset) {
        String id = reset.person().value().toString();
        long since = clock.millis() - REMOVED_BY_RESET_WITHIN.toMillis();
        int removed = jdbc.sql("DELETE FROM totp_factor WHERE person_id = ? AND created_at >= ?").params(id, since).update()
                + jdbc.sql("DELETE FROM passkey WHERE person_id = ? AND created_at >= ?").params(id, since).update();
        if (removed > 0) {
            removed(reset.person());
            log.info("event=second_step_removed person={} by=password_reset count={}", reset.person(), removed);
        }
    }

    /**
     * The one way past the password's buckets when they say wait: an attempt that carries something
     * shaped like a code, for an account that has a second step. It then signs in only if the
     * password and the code are both right; anything else gets the same wait.
     */
    static boolean mayGoPastTheThrottle(String typedCode, boolean hasSecondStep) {
        return hasSecondStep && looksLikeCode(typedCode);
    }

    /** True when what was typed could be a code from the app or a recovery code (a cheap check, before any work). */
    static boolean looksLikeCode(String typed) {
        return Totp.looksLikeCode(typed) || RecoveryCodes.looksLikeCode(typed);
    }

    /**
     * Checks a code typed at sign-in: six digits are a code from the app (which has its own
     * allowance per account); anything else is tried as a recovery code, which works once.
     */
    Check check(PersonId person, String typed) {
        if (typed == null || typed.isBlank()) {
            return new Check(Outcome.WRONG, 0);
        }
        if (Totp.looksLikeCode(typed)) {
            Optional<FactorRow> row = confirmed(person);
            if (row.isEmpty()) {
                return new Check(Outcome.WRONG, 0);
            }
            SignInThrottle.Begin begin = throttle.beginCode(person);
            if (!begin.allowed()) {
                log.info("event=second_step_throttled person={} wait_seconds={}", person, begin.waitSeconds());
                return new Check(Outcome.WAIT, begin.waitSeconds());
            }
            OptionalLong step = Totp.matchingStep(row.get().secret(), typed, clock.instant(), row.get().lastStep());
            // Only one sign-in may use a step, even two at the same moment.
            if (step.isPresent() && jdbc.sql("UPDATE totp_factor SET last_step = ? WHERE id = ? AND last_step < ?")
                    .params(step.getAsLong(), row.get().id().toString(), step.getAsLong()).update() == 1) {
                throttle.succeeded(begin.attempt());
                return new Check(Outcome.PASSED, 0);
            }
        } else if (RecoveryCodes.looksLikeCode(typed) && active(person)) {
            if (jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE code_hash = ? AND person_id = ? AND used_at IS NULL")
                    .params(clock.millis(), RecoveryCodes.hash(typed), person.value().toString()).update() == 1) {
                log.info("event=recovery_code_used person={}", person);
                return new Check(Outcome.PASSED, 0);
            }
        }
        failures.failed(person);
        log.info("event=second_step_code_wrong person={}", person);
        return new Check(Outcome.WRONG, 0);
    }

    /** Changes to how the person signs in since they last looked at their sessions. */
    public List<Change> changesSinceLastLook(PersonId person) {
        String id = person.value().toString();
        return jdbc.sql("""
                        SELECT id, person_id, kind, changed_at FROM sign_in_change
                        WHERE person_id = ? AND changed_at > COALESCE((SELECT seen_at FROM device_seen WHERE person_id = ?), 0)
                        ORDER BY changed_at DESC""")
                .params(id, id).query((rs, n) -> change(rs)).list();
    }

    /** Changes the notices job has not decided on yet (a mail, or none). */
    public List<Change> changesToMail() {
        return jdbc.sql("SELECT id, person_id, kind, changed_at FROM sign_in_change WHERE mailed_at IS NULL ORDER BY changed_at")
                .query((rs, n) -> change(rs)).list();
    }

    public void changeMailed(UUID change) {
        jdbc.sql("UPDATE sign_in_change SET mailed_at = ? WHERE id = ?").params(clock.millis(), change.toString()).update();
    }

    private static Change change(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Change(UUID.fromString(rs.getString(1)), new PersonId(UUID.fromString(rs.getString(2))), rs.getString(3),
                Instant.ofEpochMilli(rs.getLong(4)));
    }

    private void changed(PersonId person, String kind, long at) {
        jdbc.sql("INSERT INTO sign_in_change (id, person_id, kind, changed_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), person.value().toString(), kind, at).update();
    }

    private List<String> replaceRecoveryCodes(PersonId person, long now) {
        String id = person.value().toString();
        jdbc.sql("DELETE FROM recovery_code WHERE person_id = ?").param(id).update();
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            jdbc.sql("INSERT INTO recovery_code (code_hash, person_id, created_at) VALUES (?, ?, ?)")
                    .params(RecoveryCodes.hash(code), id, now).update();
        }
        return codes;
    }

    private record FactorRow(UUID id, String secret, long lastStep) {
    }

    private Optional<FactorRow> unconfirmed(PersonId person) {
        return row(person, "confirmed_at IS NULL AND created_at > " + (clock.millis() - ENROLMENT_LIFETIME.toMillis()));
    }

    private Optional<FactorRow> confirmed(PersonId person) {
        return row(person, "confirmed_at IS NOT NULL");
    }

    private Optional<FactorRow> row(PersonId person, String condition) {
        return jdbc.sql("SELECT id, secret, last_step FROM totp_factor WHERE person_id = ? AND " + condition)
                .param(person.value().toString())
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    return new FactorRow(id, sealing.open(person, id, rs.getBytes(2)), rs.getLong(3));
                }).optional();
    }

    private static Enrolment enrolment(String secret, String issuer) {
        return new Enrolment(secret, Totp.grouped(secret), Totp.uri(secret, issuer));
    }
}
