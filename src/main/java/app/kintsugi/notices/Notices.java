package app.kintsugi.notices;

import java.time.Clock;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeRepository;
import app.kintsugi.shared.LinkTokens;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Validation;

/**
 * A person's notice choices, the confirmation of their address and the one-click way out. Nothing
 * here sends mail: the notice job does, outside any page request, so a slow or absent SMTP server
 * never slows a page.
 */
@Service
@RequiredArgsConstructor
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final NoticeRepository repository;
    private final NoticeMail mail;
    private final Accounts accounts;
    private final Clock clock;

    public NoticeStatus status(PersonId person) {
        Person account = accounts.find(person).orElseThrow(NotFoundException::new);
        long now = clock.millis();
        NoticeRepository.Row row = repository.findOrCreate(person, now);
        boolean confirmed = row.confirmedAddress() != null && row.confirmedAddress().equalsIgnoreCase(account.email());
        boolean requested = !confirmed && (row.confirmRequestedAt() != null
                || (row.confirmExpiresAt() != null && row.confirmExpiresAt() > now));
        return new NoticeStatus(row.choices(), account.email(), confirmed, requested, mail.configured(), row.version(),
                row.bouncedAt() != null, row.hasFeed());
    }

    /**
     * Checks choices as typed and saves them: a time that is not one, an unknown day, look or way of
     * delivery, or quiet hours that start when they end, each named at its field; nothing is saved then.
     */
    @Transactional
    public void choose(PersonId person, NoticeChoiceDraft draft, int expectedVersion) {
        Validation v = new Validation();
        java.time.LocalTime quietFrom = time(draft.quietFrom(), "quietFrom", v);
        java.time.LocalTime quietUntil = time(draft.quietUntil(), "quietUntil", v);
        java.time.LocalTime dailyAt = time(draft.dailyAt(), "dailyAt", v);
        java.time.LocalTime remindAt = time(draft.remindAt(), "remindAt", v);
        java.time.DayOfWeek weeklyDay = null;
        if (draft.weeklyDay() != null && !draft.weeklyDay().isBlank()) {
            try {
                weeklyDay = java.time.DayOfWeek.valueOf(draft.weeklyDay().strip());
            } catch (IllegalArgumentException e) {
                v.reject("weeklyDay", "notices.error.weeklyDay");
            }
        }
        MailLook look = null;
        try {
            look = MailLook.valueOf(draft.look() == null ? "" : draft.look().strip());
        } catch (IllegalArgumentException e) {
            v.reject("look", "notices.error.look");
        }
        if (draft.quietHours() && quietFrom != null && quietFrom.equals(quietUntil)) {
            v.reject("quietUntil", "notices.error.sameTime");
        }
        if (!"NOW".equals(draft.delivery()) && !"DAILY".equals(draft.delivery())) {
            v.reject("delivery", "notices.error.delivery");
        }
        v.throwIfInvalid();
        choose(person, new NoticeChoices(draft.partnerNews(), draft.quietHours() ? quietFrom : null,
                draft.quietHours() ? quietUntil : null, "DAILY".equals(draft.delivery()), dailyAt,
                new NoticeChoices.Reminders(draft.reminders(), remindAt, weeklyDay, draft.conversationBefore()), look), expectedVersion);
    }

    private static java.time.LocalTime time(String value, String field, Validation v) {
        try {
            return value == null || value.isBlank() ? null : java.time.LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            v.reject(field, "notices.error.time");
            return null;
        }
    }

    /** Saves the choices; another device's save in between is reported, never overwritten. */
    @Transactional
    public void choose(PersonId person, NoticeChoices choices, int expectedVersion) {
        repository.findOrCreate(person, clock.millis());
        if (!repository.saveChoices(person, choices, expectedVersion, clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=notice_choices_saved person={} partner_news={} daily={} quiet={} reminders={} conversation={} look={}",
                person, choices.partnerNews(), choices.daily(), choices.quietHours(), choices.reminders().dueThings(),
                choices.reminders().conversationBefore(), choices.look());
    }

    /** Asks for a confirmation link; the notice job sends it with its next run. */
    public void requestConfirmation(PersonId person) {
        repository.findOrCreate(person, clock.millis());
        repository.requestConfirmation(person, clock.millis());
    }

    /** The account whose address a confirmation link confirms, while the link works. */
    public boolean confirmationLinkWorks(String token) {
        return LinkTokens.wellFormed(token) && repository.byConfirmToken(LinkTokens.hash(token), clock.millis()).isPresent();
    }

    /** Confirms the account's address; the link works once. */
    @Transactional
    public boolean confirm(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return false;
        }
        String hash = LinkTokens.hash(token);
        long now = clock.millis();
        Optional<Person> person = repository.byConfirmToken(hash, now).flatMap(accounts::find);
        if (person.isEmpty() || !repository.confirm(hash, person.get().email(), now)) {
            return false;
        }
        log.info("event=notice_address_confirmed person={}", person.get().id());
        return true;
    }

    /**
     * Confirms an address the person proved is theirs another way: they followed a link mailed to it
     * to create their account. No mail is sent; notices stay off until chosen.
     */
    @Transactional
    public void markConfirmed(PersonId person, String address) {
        long now = clock.millis();
        repository.findOrCreate(person, now);
        repository.markConfirmed(person, address, now);
        log.info("event=notice_address_confirmed person={} by=registration_link", person);
    }

    /** True when mail may go to the account's address: it was confirmed and is still the account's. */
    public boolean addressConfirmed(PersonId person) {
        Optional<Person> account = accounts.find(person);
        return account.isPresent() && repository.find(person).map(NoticeRepository.Row::confirmedAddress)
                .filter(address -> address.equalsIgnoreCase(account.get().email())).isPresent();
    }

    public boolean unsubscribeLinkWorks(String token) {
        return LinkTokens.wellFormed(token) && repository.byUnsubscribeToken(LinkTokens.hash(token)).isPresent();
    }

    /** Turns notices off for the person the link was sent to; the link keeps working, harmlessly. */
    public boolean unsubscribe(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return false;
        }
        Optional<PersonId> person = repository.byUnsubscribeToken(LinkTokens.hash(token));
        person.ifPresent(p -> {
            repository.turnOff(p, clock.millis());
            log.info("event=notice_unsubscribed person={}", p);
        });
        return person.isPresent();
    }

    /**
     * A new secret address for the person's calendar feed; an older one stops working. Only its hash
     * is kept, so the address is shown this once.
     */
    public String newCalendarAddress(PersonId person) {
        repository.findOrCreate(person, clock.millis());
        String token = LinkTokens.newToken();
        repository.setFeedToken(person, LinkTokens.hash(token), clock.millis());
        log.info("event=calendar_address_made person={}", person);
        return token;
    }

    /** The calendar address stops working. */
    public void stopCalendar(PersonId person) {
        repository.findOrCreate(person, clock.millis());
        repository.setFeedToken(person, null, clock.millis());
        log.info("event=calendar_address_stopped person={}", person);
    }
}
