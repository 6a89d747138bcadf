package app.kintsugi.notices;

/**
 * Where a person's notices stand, for the settings page.
 *
 * @param address        the account's e-mail, where notices would go
 * @param confirmed      the address was confirmed through a link
 * @param linkRequested  a confirmation link was asked for and has not been used yet
 * @param mailConfigured this instance has an SMTP server; without one nothing is sent
 */
public record NoticeStatus(NoticeChoices choices, String address, boolean confirmed, boolean linkRequested,
        boolean mailConfigured, int version) {
}
