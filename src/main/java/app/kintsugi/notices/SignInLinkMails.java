package app.kintsugi.notices;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.SignInLinks;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeProperties;
import app.kintsugi.notices.internal.NoticeRepository;

/**
 * The link that signs in once, for each "email me a link" request: only to an account whose address
 * was confirmed for mail, at most one every two minutes. Anything else gets nothing and the request
 * is forgotten; the person who asked saw the same answer either way.
 */
@Component
class SignInLinkMails extends LinkMails {

    private final SignInLinks links;

    SignInLinkMails(SignInLinks links, Accounts accounts, Notices notices, NoticeMail mail, NoticeProperties properties,
            NoticeRepository repository) {
        super(accounts, notices, mail, properties, repository, NoticeMail.Kind.SIGN_IN_LINK, "/sign-in/link/", "sign_in_link");
        this.links = links;
    }

    @Override
    List<Request> toMail() {
        return links.toMail().stream().map(r -> new Request(r.id(), r.email(), r.discreet())).toList();
    }

    @Override
    boolean sentRecently(PersonId person) {
        return links.sentRecently(person);
    }

    @Override
    void dropped(UUID request) {
        links.dropped(request);
    }

    @Override
    void mailed(UUID request, PersonId person, String tokenHash) {
        links.mailed(request, person, tokenHash);
    }

    @Override
    void forgetExpired() {
        links.forgetExpired();
    }
}
