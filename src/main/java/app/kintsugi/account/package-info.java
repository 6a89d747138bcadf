/**
 * Accounts: registration, sign-in and sign-out, personal settings, and everything that protects the
 * door itself (Argon2id hashing, sign-in throttling without lock-out, session lifetime, CSRF), password
 * change and reset, and each person's list of sessions and remembered browsers. Session ids and tokens
 * are stored only as hashes.
 */
package app.kintsugi.account;
