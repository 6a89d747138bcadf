package app.kintsugi.notices;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Passwords;
import app.kintsugi.account.PersonId;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeProperties;
import app.kintsugi.notices.internal.NoticeRepository;

/**
 * The link that sets a new password, for each "I forgot my password" request: only to an account
 * whose address was confirmed for mail. An address without an account, or not confirmed, gets
 * nothing, and the request is forgotten; the person who asked saw the same answer either way.
 */
@Component
class ResetMails extends LinkMails {

    private final Passwords passwords;

    ResetMails(Passwords passwords, Accounts accounts, Notices notices, NoticeMail mail, NoticeProperties properties,
            NoticeRepository repository) {
        super(accounts, notices, mail, properties, repository, NoticeMail.Kind.RESET, "/password/reset/", "password_reset");
        this.passwords = passwords;
    }

    @Override
    List<Request> toMail() {
        return passwords.resetsToMail().stream().map(r -> new Request(r.id(), r.email(), r.discreet())).toList();
    }

    @Override
    boolean sentRecently(PersonId person) {
        return passwords.linkSentRecently(person);
    }

    @Override
    void dropped(UUID request) {
        passwords.resetDropped(request);
    }

    @Override
    void mailed(UUID request, PersonId person, String tokenHash) {
        passwords.resetMailed(request, person, tokenHash);
    }

    @Override
    void forgetExpired() {
        passwords.forgetExpiredResets();
    }
}
