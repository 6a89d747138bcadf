package app.kintsugi.account;

/** A person's own settings; {@code version} is the one they saw, for optimistic locking. */
public record Settings(String displayName, String language, Theme theme, boolean discreetMode, String timeZone,
        long version) {
}
