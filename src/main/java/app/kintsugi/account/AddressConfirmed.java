package app.kintsugi.account;

/**
 * The account's address was shown to be the person's: they followed a link mailed to it (an account
 * created through the registration link). Carries the id only; the address is the account's.
 */
public record AddressConfirmed(PersonId person) {
}
