package app.kintsugi.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.mail.SendFailedException;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeProperties;
import app.kintsugi.notices.internal.NoticeRepository;
import app.kintsugi.notices.internal.NoticeRules;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.Today;
import app.kintsugi.shared.LinkTokens;

/**
 * The work of one run of the notice task: confirmation links people asked for, then one neutral
 * notice for each person who chose them and has something new waiting from their partner.
 *
 * <p>What waits is read from Today, the same place the person looks at, which also records when each
 * item first appeared; a notice tells of everything that appeared since the last one. Each notice
 * first claims its window (a row whose key is unique) and only then is handed to the SMTP server, so
 * no notice is ever sent twice, even by two nodes at once; one the server refused gives its window
 * back and is tried again later, waiting longer after each failure.
 */
@Component
@RequiredArgsConstructor
class NoticeJob {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    /** How long unsubscribe links keep working and the record of sent mails is kept. */
    static final Duration KEPT = Duration.ofDays(180);
    private static final Logger log = LoggerFactory.getLogger(NoticeJob.class);

    private final NoticeRepository repository;
    private final NoticeMail mail;
    private final Today today;
    private final Accounts accounts;
    private final NoticeProperties properties;
    private final Clock clock;
    private final RegistrationMails registrations;
    private final ResetMails resets;
    private final SignInChangeMails signInChanges;
    private final SignInLinkMails signInLinks;

    /** Links, then notices and reminders. Nothing happens while no SMTP server is configured. */
    void run() {
        sendLinks();
        sendNotices();
    }

    /** The links people asked for (an address to confirm, an account to create, a new password): soon, so a short interval. */
    void sendLinks() {
        if (!mail.configured()) {
            return;
        }
        for (PersonId person : repository.confirmationsToSend()) {
            sendConfirmation(person);
        }
        registrations.run();
        resets.run();
        signInChanges.run();
        signInLinks.run();
    }

    /** Notices and reminders, for everyone who chose them. */
    void sendNotices() {
        if (!mail.configured()) {
            return;
        }
        for (NoticeRepository.Row row : repository.subscribed()) {
            mailsFor(row);
        }
        repository.forgetBefore(clock.instant().minus(KEPT).toEpochMilli());
    }

    private void sendConfirmation(PersonId id) {
        Optional<Person> person = accounts.find(id);
        if (person.isEmpty()) {
            return;
        }
        long now = clock.millis();
        String token = LinkTokens.newToken();
        MailLook look = repository.find(id).map(r -> r.choices().look()).orElse(MailLook.NAMED)
                .effective(person.get().discreetMode());
        try {
            mail.send(NoticeMail.Kind.CONFIRM, NoticeMail.localeOf(person.get().language()), look, person.get().email(),
                    properties.link("/notices/confirm/" + token), unsubscribeToken(id, now));
            repository.confirmationSent(id, LinkTokens.hash(token), now + properties.confirmLifetime().toMillis());
            log.info("event=notice_confirmation_sent person={}", id);
        } catch (MailException e) {
            if (refusedForGood(e)) {
                repository.confirmationSent(id, null, now);
                repository.bounced(id, now);
                log.warn("event=notice_address_refused person={}", id);
                return;
            }
            // Still requested: the next run tries again.
            log.warn("event=notice_confirmation_failed person={} reason={}", id, e.getClass().getSimpleName());
        }
    }

    /** Everything one person chose that is due now: at most one mail of each kind per window. */
    private void mailsFor(NoticeRepository.Row row) {
        Instant now = clock.instant();
        if (row.retryAt() != null && row.retryAt() > now.toEpochMilli()) {
            return;
        }
        Optional<Person> found = accounts.find(row.person());
        // An address changed since it was confirmed is not confirmed.
        if (found.isEmpty() || !found.get().email().equalsIgnoreCase(row.confirmedAddress())) {
            return;
        }
        Person person = found.get();
        NoticeChoices choices = row.choices();
        Today.View view = today.of(person.id());
        Instant newest = newestWaiting(view);
        Instant through = row.notifiedThrough() == null ? null : Instant.ofEpochMilli(row.notifiedThrough());
        Optional<String> news = NoticeRules.window(choices, person.timeZone(), now, newest, through);
        if (news.isPresent() && !send(row, person, NoticeMail.Kind.NOTICE, news.get(), now)) {
            return;
        }
        if (news.isPresent()) {
            repository.sent(person.id(), newest.toEpochMilli());
        }
        List<String> dueKeys = view.due().stream().map(DueItem::messageKey).toList();
        Optional<String> reminder = NoticeRules.reminder(choices, person.timeZone(), now, dueKeys);
        if (reminder.isPresent() && !send(row, person, NoticeMail.Kind.REMINDER, reminder.get(), now)) {
            return;
        }
        for (DueItem item : view.due()) {
            Optional<String> soon = NoticeRules.conversation(choices, person.timeZone(), now, item.at());
            if (soon.isPresent() && !send(row, person, NoticeMail.Kind.SOON, soon.get(), now)) {
                return;
            }
        }
    }

    /**
     * Claims the window, then hands the mail to the server. False when the server could not take it:
     * the window is given back and the person waits longer before the next try; an address the server
     * refused for good is no longer used.
     */
    private boolean send(NoticeRepository.Row row, Person person, NoticeMail.Kind kind, String window, Instant now) {
        if (!repository.claim(person.id(), window, now.toEpochMilli())) {
            return true;
        }
        MailLook look = row.choices().look().effective(person.discreetMode());
        try {
            mail.send(kind, NoticeMail.localeOf(person.language()), look, row.confirmedAddress(), properties.link("/"),
                    unsubscribeToken(person.id(), now.toEpochMilli()));
            log.info("event=notice_sent person={} kind={} window={}", person.id(), kind, window);
            return true;
        } catch (MailException e) {
            repository.release(person.id(), window);
            if (refusedForGood(e)) {
                repository.bounced(person.id(), now.toEpochMilli());
                log.warn("event=notice_address_refused person={} kind={}", person.id(), kind);
                return false;
            }
            int failures = row.failures() + 1;
            repository.failed(person.id(), failures, now.plus(backoff(failures)).toEpochMilli());
            log.warn("event=notice_failed person={} kind={} failures={} reason={}", person.id(), kind, failures,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * True when the server refused the recipient itself (a permanent 5xx answer to the address), as
     * opposed to a server that is down or busy, which is worth trying again.
     */
    static boolean refusedForGood(MailException e) {
        List<Throwable> causes = new ArrayList<>();
        causes.add(e);
        if (e instanceof MailSendException send) {
            causes.addAll(send.getFailedMessages().values().stream().map(Throwable.class::cast).toList());
        }
        for (Throwable cause : causes) {
            for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                        && failed.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** When the newest thing waiting for the person first appeared, or null when nothing waits. */
    private static Instant newestWaiting(Today.View view) {
        Instant newest = null;
        for (Today.News news : view.waitsForMe()) {
            newest = later(newest, news.since());
            for (Today.Other other : news.more()) {
                newest = later(newest, other.since());
            }
        }
        return newest;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    /** One minute, then twice as long after each further failure, never more than six hours. */
    static Duration backoff(int failures) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private String unsubscribeToken(PersonId person, long now) {
        String token = LinkTokens.newToken();
        repository.addUnsubscribe(person, LinkTokens.hash(token), now);
        return token;
    }
}
