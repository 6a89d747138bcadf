/**
 * Accounts: registration, sign-in and sign-out, personal settings, and everything that protects the
 * door itself (Argon2id hashing, sign-in throttling without lock-out, session lifetime, CSRF).
 */
package app.kintsugi.account;
