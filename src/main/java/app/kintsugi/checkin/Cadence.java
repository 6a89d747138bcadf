package app.kintsugi.checkin;

import java.time.LocalDate;

/** How often a person chose to answer a measure: every week, every two weeks, every month, or once. */
public enum Cadence {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    ONCE;

    /** The day the next answer falls due after one given on {@code last}; null for a measure answered once. */
    LocalDate nextAfter(LocalDate last) {
        return switch (this) {
            case WEEKLY -> last.plusWeeks(1);
            case FORTNIGHTLY -> last.plusWeeks(2);
            case MONTHLY -> last.plusMonths(1);
            case ONCE -> null;
        };
    }

    /** The name stored and sent: lower case. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The cadence with this code, or null for anything else. */
    public static Cadence of(String code) {
        if (code == null) {
            return null;
        }
        for (Cadence c : values()) {
            if (c.code().equals(code.strip())) {
                return c;
            }
        }
        return null;
    }
}
