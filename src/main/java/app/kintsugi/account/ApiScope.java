package app.kintsugi.account;

import java.util.Locale;

/** What a personal token may do through the API: read, or read and change. */
public enum ApiScope {
    READ, WRITE;

    /** The authority the API's security chain checks, such as {@code SCOPE_read}. */
    public String authority() {
        return "SCOPE_" + name().toLowerCase(Locale.ROOT);
    }
}
