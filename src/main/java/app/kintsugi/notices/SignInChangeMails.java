package app.kintsugi.notices;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.SecondFactors;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeProperties;
import app.kintsugi.notices.internal.NoticeRepository;

/**
 * A neutral mail when how an account signs in changed (a second step turned on or off), to a person
 * who has mail on: an address confirmed for notices. It says only that something changed. Sent with
 * the links, soon after the change, because the person who did not make it should hear of it soon.
 */
@Component
@RequiredArgsConstructor
class SignInChangeMails {

    private static final Logger log = LoggerFactory.getLogger(SignInChangeMails.class);

    private final SecondFactors factors;
    private final Accounts accounts;
    private final NoticeMail mail;
    private final NoticeProperties properties;
    private final NoticeRepository repository;

    void run() {
        for (SecondFactors.Change change : factors.changesToMail()) {
            Person person = accounts.find(change.person()).orElse(null);
            NoticeRepository.Row row = person == null ? null : repository.find(person.id()).orElse(null);
            // Mail on: an address the person confirmed, and still theirs.
            if (row == null || row.confirmedAddress() == null || !person.email().equalsIgnoreCase(row.confirmedAddress())) {
                factors.changeMailed(change.id());
                continue;
            }
            MailLook look = row.choices().look().effective(person.discreetMode());
            try {
                mail.send(NoticeMail.Kind.SIGN_IN_CHANGED, NoticeMail.localeOf(person.language()), look,
                        row.confirmedAddress(), properties.link("/settings/security"), null);
                factors.changeMailed(change.id());
                log.info("event=sign_in_change_mailed person={}", person.id());
            } catch (MailException e) {
                if (NoticeJob.refusedForGood(e)) {
                    factors.changeMailed(change.id());
                    log.warn("event=sign_in_change_address_refused person={}", person.id());
                    continue;
                }
                log.warn("event=sign_in_change_mail_failed person={} reason={}", person.id(), e.getClass().getSimpleName());
            }
        }
    }
}
