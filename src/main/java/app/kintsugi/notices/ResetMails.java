package app.kintsugi.notices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Passwords;
import app.kintsugi.account.Person;
import app.kintsugi.shared.LinkTokens;

/**
 * The link that sets a new password, for each "I forgot my password" request: only to an account
 * whose address was confirmed for mail. An address without an account, or not confirmed, gets
 * nothing, and the request is forgotten; the person who asked saw the same answer either way.
 */
@Component
class ResetMails {

    private static final Logger log = LoggerFactory.getLogger(ResetMails.class);

    private final Passwords passwords;
    private final Accounts accounts;
    private final Notices notices;
    private final NoticeMail mail;
    private final NoticeProperties properties;
    private final NoticeRepository repository;

    ResetMails(Passwords passwords, Accounts accounts, Notices notices, NoticeMail mail, NoticeProperties properties,
            NoticeRepository repository) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.notices = notices;
        this.mail = mail;
        this.properties = properties;
        this.repository = repository;
    }

    void run() {
        for (Passwords.ResetToMail request : passwords.resetsToMail()) {
            Person person = accounts.findByEmail(request.email()).orElse(null);
            if (person == null || !notices.addressConfirmed(person.id()) || passwords.linkSentRecently(person.id())) {
                passwords.resetDropped(request.id());
                continue;
            }
            String token = LinkTokens.newToken();
            MailLook look = repository.find(person.id()).map(r -> r.choices().look()).orElse(MailLook.NAMED)
                    .effective(person.discreetMode() || request.discreet());
            try {
                mail.send(NoticeMail.Kind.RESET, NoticeMail.localeOf(person.language()), look, person.email(),
                        properties.link("/password/reset/" + token), null);
                passwords.resetMailed(request.id(), person.id(), LinkTokens.hash(token));
            } catch (MailException e) {
                if (NoticeJob.refusedForGood(e)) {
                    passwords.resetDropped(request.id());
                    log.warn("event=password_reset_address_refused person={}", person.id());
                    continue;
                }
                // Tried again at the next run while the request lasts.
                log.warn("event=password_reset_mail_failed request={} reason={}", request.id(), e.getClass().getSimpleName());
            }
        }
        passwords.forgetExpiredResets();
    }
}
