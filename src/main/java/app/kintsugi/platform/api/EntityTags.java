package app.kintsugi.platform.api;

/**
 * Optimistic locking over HTTP: an entry's version is its entity tag ({@code ETag: "3"}), and a
 * change must send the tag it was made against ({@code If-Match: "3"}). No tag answers 428, a stale
 * or unreadable one 412: two phones editing the same entry never overwrite each other silently.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version a change was made against, from its {@code If-Match} header. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            throw new app.kintsugi.shared.StaleEditException();
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new app.kintsugi.shared.StaleEditException();
        }
    }

    /** A change sent without {@code If-Match}. */
    public static final class PreconditionRequiredException extends RuntimeException {

        public PreconditionRequiredException() {
            super("If-Match required", null, false, false);
        }
    }
}
