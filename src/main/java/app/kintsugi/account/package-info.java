/**
 * Accounts: registration, sign-in and sign-out, personal settings, and everything that protects the
 * door itself (Argon2id hashing, sign-in throttling without lock-out, session lifetime, CSRF), password
 * change and reset, each person's list of sessions and remembered browsers, the second sign-in step
 * (codes from an authenticator app and recovery codes) and links mailed to sign in once. Session ids,
 * tokens and recovery codes are stored only as hashes; the key of the codes is sealed like content.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "shared" })
package app.kintsugi.account;
