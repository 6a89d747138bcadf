package app.kintsugi.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests belong to the JSON API: those under {@code /api/}, answered in JSON, never with a page. */
public final class ApiRequests {

    /** Where the API lives. */
    public static final String PREFIX = "/api/";

    private ApiRequests() {
    }

    public static boolean is(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && uri.startsWith(context + PREFIX);
    }
}
