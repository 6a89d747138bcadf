package app.kintsugi.notices;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.Registrations;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeProperties;
import app.kintsugi.notices.internal.NoticeRepository;
import app.kintsugi.shared.LinkTokens;

/**
 * The mail that answers a registration: the link that creates the account, or, for an address that
 * already has one, a word that it does and a way to sign in. Only the person who reads that inbox
 * learns which.
 */
@Component
@RequiredArgsConstructor
class RegistrationMails {

    private static final Logger log = LoggerFactory.getLogger(RegistrationMails.class);

    private final Registrations registrations;
    private final Accounts accounts;
    private final NoticeMail mail;
    private final NoticeProperties properties;
    private final NoticeRepository repository;

    void run() {
        for (Registrations.ToMail request : registrations.toMail()) {
            try {
                if (request.accountExists()) {
                    // In the account's own language and look, as any other mail it gets.
                    Person person = accounts.findByEmail(request.email()).orElseThrow();
                    MailLook look = repository.find(person.id()).map(r -> r.choices().look()).orElse(MailLook.NAMED)
                            .effective(person.discreetMode() || request.discreet());
                    mail.send(NoticeMail.Kind.EXISTING, NoticeMail.localeOf(person.language()), look, request.email(),
                            properties.link("/sign-in"), null);
                    registrations.mailed(request.id(), null);
                } else {
                    String token = LinkTokens.newToken();
                    mail.send(NoticeMail.Kind.REGISTER, NoticeMail.localeOf(request.language()),
                            MailLook.NAMED.effective(request.discreet()),
                            request.email(), properties.link("/register/confirm/" + token), null);
                    registrations.mailed(request.id(), LinkTokens.hash(token));
                }
                log.info("event=registration_mail_sent request={}", request.id());
            } catch (MailException e) {
                if (NoticeJob.refusedForGood(e)) {
                    // An address the server refuses: nothing to try again.
                    registrations.mailed(request.id(), null);
                    log.warn("event=registration_address_refused request={}", request.id());
                    continue;
                }
                // Tried again at the next run while the request lasts.
                log.warn("event=registration_mail_failed request={} reason={}", request.id(), e.getClass().getSimpleName());
            }
        }
        registrations.forgetExpired();
    }
}
