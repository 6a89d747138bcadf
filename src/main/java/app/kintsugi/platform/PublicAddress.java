package app.kintsugi.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address people open the application at, as the operator configured it
 * ({@code kintsugi.notices.public-url}). Every absolute link the application makes (in a mail, on a
 * page) starts with it, and every redirect is relative, never built from what a request's {@code Host}
 * or {@code X-Forwarded-Host} header claims: those are written by whoever sends the request.
 */
public final class PublicAddress {

    private final String base;

    public PublicAddress(String publicUrl) {
        String trimmed = publicUrl == null ? "" : publicUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("kintsugi.notices.public-url must be set");
        }
        this.base = trimmed;
    }

    /** The configured address without a trailing slash, e.g. {@code https://example.org}. */
    public String base() {
        return base;
    }

    /** An absolute link to a path of the application ({@code /join/abc}). */
    public String link(String path) {
        if (path == null || path.isEmpty()) {
            return base + "/";
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * A redirect's target as it may leave the server: always relative to the address the browser
     * opened. An absolute one (Spring Security builds them from the request's {@code Host}) keeps only
     * its path, query and fragment, so no redirect ever carries a host a request header named, and none
     * leads to another site. Relative rather than moved onto the configured address, so an instance
     * reached under a second name (or with the address not yet configured) still signs people in.
     */
    String local(String location) {
        if (location == null) {
            return null;
        }
        String trimmed = location.strip().replace('\\', '/');
        String lower = trimmed.toLowerCase(Locale.ROOT);
        boolean absolute = lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
        if (!absolute) {
            return trimmed.startsWith("/") ? singleSlash(trimmed) : location;
        }
        try {
            URI uri = new URI(trimmed);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return singleSlash(path) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    /** "//elsewhere.example/x" would be another site: one leading slash only. */
    private static String singleSlash(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        while (p.startsWith("//")) {
            p = p.substring(1);
        }
        return p;
    }
}
