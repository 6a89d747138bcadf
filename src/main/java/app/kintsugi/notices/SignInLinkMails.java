package app.kintsugi.notices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.SignInLinks;
import app.kintsugi.shared.LinkTokens;

/**
 * The link that signs in once, for each "email me a link" request: only to an account whose address
 * was confirmed for mail, at most one every two minutes. Anything else gets nothing and the request
 * is forgotten; the person who asked saw the same answer either way.
 */
@Component
class SignInLinkMails {

    private static final Logger log = LoggerFactory.getLogger(SignInLinkMails.class);

    private final SignInLinks links;
    private final Accounts accounts;
    private final Notices notices;
    private final NoticeMail mail;
    private final NoticeProperties properties;
    private final NoticeRepository repository;

    SignInLinkMails(SignInLinks links, Accounts accounts, Notices notices, NoticeMail mail, NoticeProperties properties,
            NoticeRepository repository) {
        this.links = links;
        this.accounts = accounts;
        this.notices = notices;
        this.mail = mail;
        this.properties = properties;
        this.repository = repository;
    }

    void run() {
        for (SignInLinks.LinkToMail request : links.toMail()) {
            Person person = accounts.findByEmail(request.email()).orElse(null);
            if (person == null || !notices.addressConfirmed(person.id()) || links.sentRecently(person.id())) {
                links.dropped(request.id());
                continue;
            }
            String token = LinkTokens.newToken();
            MailLook look = repository.find(person.id()).map(r -> r.choices().look()).orElse(MailLook.NAMED)
                    .effective(person.discreetMode() || request.discreet());
            try {
                mail.send(NoticeMail.Kind.SIGN_IN_LINK, NoticeMail.localeOf(person.language()), look, person.email(),
                        properties.link("/sign-in/link/" + token), null);
                links.mailed(request.id(), person.id(), LinkTokens.hash(token));
            } catch (MailException e) {
                if (NoticeJob.refusedForGood(e)) {
                    links.dropped(request.id());
                    log.warn("event=sign_in_link_address_refused person={}", person.id());
                    continue;
                }
                log.warn("event=sign_in_link_mail_failed request={} reason={}", request.id(), e.getClass().getSimpleName());
            }
        }
        links.forgetExpired();
    }
}
