package app.kintsugi.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address people open the application at, as the operator configured it
 * ({@code kintsugi.notices.public-url}). Every absolute link the application makes — in a mail, on a
 * page, in a redirect — starts with it, never with what a request's {@code Host} or
 * {@code X-Forwarded-Host} header claims: those are written by whoever sends the request.
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
     * A redirect's target as it may leave the server: a relative one is kept (the browser resolves it
     * against the address it opened), an absolute one is moved onto the configured address with its
     * path, query and fragment. The application never sends anyone to another site by a redirect, so
     * a host in a redirect can only have come from a request header.
     */
    String rebase(String location) {
        if (location == null) {
            return null;
        }
        String lower = location.strip().toLowerCase(Locale.ROOT);
        boolean absolute = lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")
                || lower.startsWith("\\\\") || lower.startsWith("/\\") || lower.startsWith("\\/");
        if (!absolute) {
            return location;
        }
        try {
            URI uri = new URI(location.strip().replace('\\', '/'));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return base + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return base + "/";
        }
    }
}
