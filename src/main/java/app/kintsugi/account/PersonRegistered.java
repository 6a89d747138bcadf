package app.kintsugi.account;

/** A new account exists. Carries the id only. */
public record PersonRegistered(PersonId person) {
}
