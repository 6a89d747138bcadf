package app.kintsugi.notices;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeProperties;
import app.kintsugi.notices.internal.NoticeRepository;
import app.kintsugi.shared.LinkTokens;

/**
 * Mailing the links people asked for on a page (a new password, a sign-in): only to an account whose
 * address was confirmed for mail, at most one in a short while. An address without an account, or not
 * confirmed, gets nothing and the request is forgotten; the person who asked saw the same answer
 * either way. A link the server refuses for good is forgotten; any other failure is tried again at the
 * next run while the request lasts. Only the link's hash is kept.
 */
abstract class LinkMails {

    private static final Logger log = LoggerFactory.getLogger(LinkMails.class);

    /** A request waiting for its mail. */
    record Request(UUID id, String email, boolean discreet) {
    }

    private final Accounts accounts;
    private final Notices notices;
    private final NoticeMail mail;
    private final NoticeProperties properties;
    private final NoticeRepository repository;
    private final NoticeMail.Kind kind;
    private final String path;
    private final String event;

    /**
     * @param path  where the link leads, the token appended
     * @param event the name the log gives these links
     */
    LinkMails(Accounts accounts, Notices notices, NoticeMail mail, NoticeProperties properties, NoticeRepository repository,
            NoticeMail.Kind kind, String path, String event) {
        this.accounts = accounts;
        this.notices = notices;
        this.mail = mail;
        this.properties = properties;
        this.repository = repository;
        this.kind = kind;
        this.path = path;
        this.event = event;
    }

    abstract List<Request> toMail();

    abstract boolean sentRecently(PersonId person);

    abstract void dropped(UUID request);

    abstract void mailed(UUID request, PersonId person, String tokenHash);

    abstract void forgetExpired();

    void run() {
        for (Request request : toMail()) {
            Person person = accounts.findByEmail(request.email()).orElse(null);
            if (person == null || !notices.addressConfirmed(person.id()) || sentRecently(person.id())) {
                dropped(request.id());
                continue;
            }
            String token = LinkTokens.newToken();
            MailLook look = repository.find(person.id()).map(r -> r.choices().look()).orElse(MailLook.NAMED)
                    .effective(person.discreetMode() || request.discreet());
            try {
                mail.send(kind, NoticeMail.localeOf(person.language()), look, person.email(), properties.link(path + token), null);
                mailed(request.id(), person.id(), LinkTokens.hash(token));
            } catch (MailException e) {
                if (NoticeJob.refusedForGood(e)) {
                    dropped(request.id());
                    log.warn("event={}_address_refused person={}", event, person.id());
                    continue;
                }
                log.warn("event={}_mail_failed request={} reason={}", event, request.id(), e.getClass().getSimpleName());
            }
        }
        forgetExpired();
    }
}
