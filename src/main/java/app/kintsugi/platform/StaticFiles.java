package app.kintsugi.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The files every page loads (styles, scripts, images, the icon and the manifest). They hold nothing
 * of anyone's, so they are served without the security filters and without looking at the session: a
 * signed-in browser asking for them neither reads nor rewrites its session row.
 */
public final class StaticFiles {

    /** The paths, as Spring Security's request matchers take them. */
    public static final String[] PATTERNS = {"/css/**", "/js/**", "/img/**", "/favicon.ico", "/manifest.webmanifest"};

    private StaticFiles() {
    }

    static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/") || path.equals("/favicon.ico")
                || path.equals("/manifest.webmanifest");
    }

    /** Spring MVC's flash attributes live in the session; a static file has none to look for. */
    static final class FlashMaps extends SessionFlashMapManager {

        @Override
        protected java.util.List<org.springframework.web.servlet.FlashMap> retrieveFlashMaps(HttpServletRequest request) {
            return matches(request) ? null : super.retrieveFlashMaps(request);
        }
    }
}
