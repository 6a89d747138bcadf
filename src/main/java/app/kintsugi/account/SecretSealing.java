package app.kintsugi.account;

import java.util.UUID;

/**
 * Seals a secret of the account (the key of a person's sign-in codes) under the person's own data
 * key, as content is. The privacy module provides it: it owns the keys, and depends on this module,
 * not the other way round.
 */
public interface SecretSealing {

    /** The kind bound into the ciphertext of a sign-in code key. */
    String TOTP_KIND = "totp-secret";

    byte[] seal(PersonId owner, UUID record, String secret);

    String open(PersonId owner, UUID record, byte[] sealed);

    /** The kind bound into the ciphertext of the name a person gave a personal API token. */
    String API_TOKEN_NAME_KIND = "api-token-name";

    /** Seals a short text of the account under another kind than a sign-in code key. */
    byte[] seal(PersonId owner, String kind, UUID record, String text);

    String open(PersonId owner, String kind, UUID record, byte[] sealed);
}
