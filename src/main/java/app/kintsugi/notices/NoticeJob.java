package app.kintsugi.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.program.Today;

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
class NoticeJob {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    private static final Logger log = LoggerFactory.getLogger(NoticeJob.class);

    private final NoticeRepository repository;
    private final NoticeMail mail;
    private final Today today;
    private final Accounts accounts;
    private final NoticeProperties properties;
    private final Clock clock;

    NoticeJob(NoticeRepository repository, NoticeMail mail, Today today, Accounts accounts, NoticeProperties properties,
            Clock clock) {
        this.repository = repository;
        this.mail = mail;
        this.today = today;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** One run. Nothing happens while no SMTP server is configured. */
    void run() {
        if (!mail.configured()) {
            return;
        }
        for (PersonId person : repository.confirmationsToSend()) {
            sendConfirmation(person);
        }
        for (NoticeRepository.Row row : repository.subscribed()) {
            notice(row);
        }
    }

    private void sendConfirmation(PersonId id) {
        Optional<Person> person = accounts.find(id);
        if (person.isEmpty()) {
            return;
        }
        long now = clock.millis();
        String token = Tokens.newToken();
        try {
            mail.send(NoticeMail.Kind.CONFIRM, person.get(), person.get().email(),
                    properties.link("/notices/confirm/" + token), unsubscribeToken(id, now));
            repository.confirmationSent(id, Tokens.hash(token), now + properties.confirmLifetime().toMillis());
            log.info("event=notice_confirmation_sent person={}", id);
        } catch (MailException e) {
            // Still requested: the next run tries again.
            log.warn("event=notice_confirmation_failed person={} reason={}", id, e.getClass().getSimpleName());
        }
    }

    private void notice(NoticeRepository.Row row) {
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
        Instant newest = newestWaiting(person.id());
        Instant through = row.notifiedThrough() == null ? null : Instant.ofEpochMilli(row.notifiedThrough());
        Optional<String> window = NoticeRules.window(row.choices(), person.timeZone(), now, newest, through);
        if (window.isEmpty() || !repository.claim(person.id(), window.get(), now.toEpochMilli())) {
            return;
        }
        try {
            mail.send(NoticeMail.Kind.NOTICE, person, row.confirmedAddress(), properties.link("/"),
                    unsubscribeToken(person.id(), now.toEpochMilli()));
            repository.sent(person.id(), newest.toEpochMilli());
            log.info("event=notice_sent person={} window={}", person.id(), window.get());
        } catch (MailException e) {
            repository.release(person.id(), window.get());
            int failures = row.failures() + 1;
            repository.failed(person.id(), failures, now.plus(backoff(failures)).toEpochMilli());
            log.warn("event=notice_failed person={} failures={} reason={}", person.id(), failures, e.getClass().getSimpleName());
        }
    }

    /** When the newest thing waiting for the person first appeared, or null when nothing waits. */
    private Instant newestWaiting(PersonId person) {
        Instant newest = null;
        for (Today.News news : today.of(person).waitsForMe()) {
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
        String token = Tokens.newToken();
        repository.addUnsubscribe(person, Tokens.hash(token), now);
        return token;
    }
}
