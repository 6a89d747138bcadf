package app.kintsugi.transparency;

import java.util.Locale;
import java.util.Optional;

/** The four fixed parts of a prepared disclosure, in the order they are written and read. */
public enum DisclosurePart {
    TIMELINE("timeline"),
    HIDDEN("hidden"),
    WHO_KNOWS("who_knows"),
    CONTACT_NOW("contact_now");

    private final String column;

    DisclosurePart(String column) {
        this.column = column;
    }

    /** The kind bound into its ciphertext. */
    String kind() {
        return PreparedDisclosures.KIND + "-" + column.replace('_', '-');
    }

    /** Its name in addresses and message keys, e.g. "who-knows". */
    public String key() {
        return column.replace('_', '-');
    }

    public static Optional<DisclosurePart> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (DisclosurePart p : values()) {
            if (p.name().equals(value.strip().toUpperCase(Locale.ROOT)) || p.key().equals(value.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
