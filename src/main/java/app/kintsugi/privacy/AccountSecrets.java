package app.kintsugi.privacy;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.account.SecretSealing;

/** The account's secrets sealed like content: under the person's data key, bound to the record. */
@Component
@RequiredArgsConstructor
class AccountSecrets implements SecretSealing {

    private final ContentCipher cipher;

    @Override
    public byte[] seal(PersonId owner, UUID record, String secret) {
        return cipher.seal(owner, TOTP_KIND, record, secret);
    }

    @Override
    public String open(PersonId owner, UUID record, byte[] sealed) {
        return cipher.open(owner, TOTP_KIND, record, sealed);
    }

    @Override
    public byte[] seal(PersonId owner, String kind, UUID record, String text) {
        return cipher.seal(owner, kind, record, text);
    }

    @Override
    public String open(PersonId owner, String kind, UUID record, byte[] sealed) {
        return cipher.open(owner, kind, record, sealed);
    }
}
