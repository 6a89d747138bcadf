package app.kintsugi.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.internal.AccountRules;
import app.kintsugi.account.internal.PersonRepository;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.PerRequest;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Validation;

/** Accounts: registration, lookup and a person's own settings. */
@Service
@RequiredArgsConstructor
public class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final String PEOPLE = "accounts.people";
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final PersonRepository people;
    private final AccountRules rules;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final MessageSource messages;

    /** Creates an account, or throws {@link InvalidInputException} naming every field that needs attention. */
    @Transactional
    public Person register(NewAccount request) {
        return register(request, AccountRole.PERSON);
    }

    /**
     * Creates an account with a role: a counselor (whose standing the seeking-help step keeps) or an
     * operator. The same rules as for everyone; the role never changes afterwards.
     */
    @Transactional
    public Person register(NewAccount request, AccountRole role) {
        Validation v = new Validation();
        rules.checkEmail(v, request.email());
        rules.checkDisplayName(v, request.displayName());
        rules.checkPassword(v, request.password(), request.email());
        rules.checkLanguage(v, request.language());
        // A zone the browser reported but the server does not know is not the person's fault: use UTC.
        java.time.ZoneId zone = AccountRules.zoneOrUtc(request.timeZone());
        String email = AccountRules.normalizeEmail(request.email());
        if (!v.hasErrors() && people.emailTaken(email)) {
            v.reject("email", "account.email.taken");
        }
        v.throwIfInvalid();
        String language = request.language() == null || request.language().isBlank() ? null : request.language();
        Person person = new Person(new PersonId(UUID.randomUUID()), email, request.displayName().strip(), language,
                Theme.SYSTEM, false, zone == null ? java.time.ZoneOffset.UTC : zone, 0);
        try {
            people.insert(person, passwords.encode(request.password()), role, clock.millis());
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("email", "account.email.taken");
        }
        log.info("event=person_registered person={} role={}", person.id(), role);
        return person;
    }

    /** The account's role; empty when there is no such account. */
    public Optional<AccountRole> roleOf(PersonId id) {
        return row(id).map(PersonRepository.Row::role);
    }

    /** The account behind an email, however it was typed. */
    public Optional<Person> findByEmail(String email) {
        return email == null ? Optional.empty()
                : people.findByEmail(AccountRules.normalizeEmail(email)).map(PersonRepository.Row::person);
    }

    /**
     * The name to show for someone on another person's records: their display name, or, once their
     * account is closed and their name erased with it, a plain "the other person" in the page's language.
     */
    public String nameOf(PersonId id) {
        return find(id).map(Person::displayName)
                .orElseGet(() -> messages.getMessage("account.closed.name", null, "", LocaleContextHolder.getLocale()));
    }

    /**
     * The password was chosen by someone else (an operator, for a counselor): it works for the first
     * sign-in only, after which every page leads to the form for choosing one's own.
     */
    public void requirePasswordChange(PersonId id) {
        people.requirePasswordChange(id);
    }

    boolean passwordChangeDue(PersonId id) {
        return people.passwordChangeDue(id);
    }

    public Optional<Person> find(PersonId id) {
        return row(id).map(PersonRepository.Row::person);
    }

    /** The time zone a person lives in; UTC for one the application does not know. */
    public ZoneId zoneOf(PersonId id) {
        return find(id).map(Person::timeZone).orElse(UTC);
    }

    /** Today on this person's calendar. */
    public LocalDate today(PersonId id) {
        return LocalDate.now(clock.withZone(zoneOf(id)));
    }

    /** A page asks for the same people many times (names, time zones, roles): once per request is enough. */
    private Optional<PersonRepository.Row> row(PersonId id) {
        return PerRequest.remember(PEOPLE, id, () -> people.findById(id));
    }

    /** Saves a person's settings; a stale version means they were changed elsewhere meanwhile. */
    @Transactional
    public Person updateSettings(PersonId id, Settings settings) {
        Validation v = new Validation();
        rules.checkDisplayName(v, settings.displayName());
        rules.checkLanguage(v, settings.language());
        rules.checkTimeZone(v, settings.timeZone());
        if (settings.theme() == null) {
            v.reject("theme", "account.theme.invalid");
        }
        v.throwIfInvalid();
        String language = settings.language() == null || settings.language().isBlank() ? null : settings.language();
        Settings clean = new Settings(settings.displayName().strip(), language, settings.theme(),
                settings.discreetMode(), AccountRules.zoneOrUtc(settings.timeZone()).getId(), settings.version());
        PerRequest.forget(PEOPLE);
        if (!people.updateSettings(id, clean, settings.version())) {
            throw new StaleEditException();
        }
        log.info("event=settings_updated person={}", id);
        return find(id).orElseThrow();
    }

    /** For the sign-in machinery only: the principal behind an email, with its password hash. */
    Optional<PersonPrincipal> principalForEmail(String email) {
        return people.findByEmail(AccountRules.normalizeEmail(email))
                .map(row -> new PersonPrincipal(row.person().id(), row.passwordHash(), row.role()));
    }
}
