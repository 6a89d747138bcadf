package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.internal.AccountRules;
import app.kintsugi.account.internal.PendingRegistrationRepository;
import app.kintsugi.account.internal.PersonRepository;
import app.kintsugi.shared.LinkTokens;
import app.kintsugi.shared.Validation;

/**
 * Registration confirmed by mail. Where mail is set up, "register" creates no account: it keeps the
 * request and answers "check your inbox", whether or not the address already has an account, so the
 * answer tells nobody which addresses have one. The mail then either carries a link that creates the
 * account, or says that the address already has one. The same work is done in both cases before
 * the answer; which mail goes is decided later, away from the request.
 */
@Service
public class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    private final PendingRegistrationRepository pending;
    private final PersonRepository people;
    private final AccountRules rules;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration lifetime;

    Registrations(PendingRegistrationRepository pending, PersonRepository people, AccountRules rules,
            PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events,
            @Value("${kintsugi.registration.link-lifetime:48h}") Duration lifetime) {
        this.pending = pending;
        this.people = people;
        this.rules = rules;
        this.passwords = passwords;
        this.clock = clock;
        this.events = events;
        this.lifetime = lifetime;
    }

    /** A request waiting for its mail: the address has an account already, or the mail carries the link. */
    public record ToMail(UUID id, String email, String language, boolean discreet, boolean accountExists) {
    }

    /**
     * Keeps a registration until its link is opened. Throws {@link app.kintsugi.shared.InvalidInputException}
     * for what the person can fix in the form, never for an address that has an account.
     *
     * @param continuePath where to go once the account exists (a page asked for before), or null
     * @param discreet     the browser is in discreet mode: the mail names no application
     */
    @Transactional
    public void request(NewAccount request, String continuePath, boolean discreet) {
        Validation v = new Validation();
        rules.checkEmail(v, request.email());
        rules.checkDisplayName(v, request.displayName());
        rules.checkPassword(v, request.password(), request.email());
        rules.checkLanguage(v, request.language());
        v.throwIfInvalid();
        java.time.ZoneId zone = AccountRules.zoneOrUtc(request.timeZone());
        String language = request.language() == null || request.language().isBlank() ? null : request.language();
        long now = clock.millis();
        UUID id = UUID.randomUUID();
        pending.insert(id, AccountRules.normalizeEmail(request.email()), request.displayName().strip(),
                passwords.encode(request.password()), language, zone == null ? "UTC" : zone.getId(),
                continuePath, discreet, now, now + lifetime.toMillis());
        log.info("event=registration_requested request={}", id);
    }

    /** Requests whose mail has not gone yet. */
    public List<ToMail> toMail() {
        return pending.unmailed(clock.millis()).stream()
                .map(p -> new ToMail(p.id(), p.email(), p.language(), p.discreet(), people.emailTaken(p.email())))
                .toList();
    }

    /** The mail went; {@code tokenHash} is the hash of the link's token, or null when no link was sent. */
    public void mailed(UUID id, String tokenHash) {
        pending.mailed(id, tokenHash, clock.millis());
    }

    /** True while the link with this token can create an account. */
    public boolean linkWorks(String token) {
        return LinkTokens.wellFormed(token) && pending.byToken(LinkTokens.hash(token), clock.millis())
                .filter(p -> !people.emailTaken(p.email())).isPresent();
    }

    /** The account the link created, and where to go next. */
    public record Created(Person person, String continuePath) {
    }

    /**
     * Creates the account of the link, once. Empty when the link does not work (any more), including
     * when the address got an account in the meantime.
     */
    @Transactional
    public Optional<Created> complete(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        long now = clock.millis();
        Optional<PendingRegistrationRepository.Pending> found = pending.byToken(LinkTokens.hash(token), now);
        if (found.isEmpty() || people.emailTaken(found.get().email())) {
            return Optional.empty();
        }
        PendingRegistrationRepository.Pending p = found.get();
        Person person = new Person(new PersonId(UUID.randomUUID()), p.email(), p.displayName(), p.language(),
                Theme.SYSTEM, p.discreet(), Optional.ofNullable(AccountRules.zoneOrUtc(p.timeZone())).orElse(ZoneOffset.UTC), 0);
        try {
            people.insert(person, p.passwordHash(), AccountRole.PERSON, now);
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
        // Every other request for the address is done with: its link must not create a second account.
        pending.deleteFor(p.email());
        // Following the mailed link proved the address: mail (a reset link, say) may go to it.
        events.publishEvent(new AddressConfirmed(person.id()));
        log.info("event=person_registered person={} role={} confirmed_by_mail=true", person.id(), AccountRole.PERSON);
        return Optional.of(new Created(person, p.continuePath()));
    }

    /** Requests whose link expired are forgotten, with the password hash they held. */
    public int forgetExpired() {
        return pending.deleteExpired(clock.millis());
    }
}
