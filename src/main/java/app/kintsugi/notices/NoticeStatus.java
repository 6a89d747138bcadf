package app.kintsugi.notices;

/**
 * Where a person's notices stand, for the settings page.
 *
 * @param address        the account's e-mail, where notices would go
 * @param confirmed      the address was confirmed through a link
 * @param linkRequested  a confirmation link was asked for and has not been used yet
 * @param mailConfigured this instance has an SMTP server; without one nothing is sent
 * @param bounced        the server refused the address, so nothing is sent until it is confirmed again
 * @param hasFeed        the person has a calendar address
 */
public record NoticeStatus(NoticeChoices choices, String address, boolean confirmed, boolean linkRequested,
        boolean mailConfigured, int version, boolean bounced, boolean hasFeed) {
}
