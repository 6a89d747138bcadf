package app.kintsugi.account;

/** A person set a new password through the link mailed to their confirmed address. Id only. */
record PasswordResetByMail(PersonId person) {
}
