package app.kintsugi.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Language, theme and discreet mode travel in cookies as well as in the person's settings, so the
 * sign-in page and error pages already look the way the person chose: a discreet browser must stay
 * discreet after signing out.
 */
public record BrowserPreferences(String theme, boolean discreet) {

    public static final String ATTRIBUTE = "prefs";
    // Cookie names never name the application: they stay on the device, where anyone may look.
    static final String LANGUAGE_COOKIE = "pref-lang";
    static final String THEME_COOKIE = "pref-theme";
    static final String DISCREET_COOKIE = "pref-discreet";
    /**
     * The names this browser's cookies had before (the preferences, and the account module's
     * trusted-device cookie); a browser that still has them moves to the new names once.
     */
    static final Map<String, String> FORMER_NAMES = Map.of("kintsugi-lang", LANGUAGE_COOKIE, "kintsugi-theme", THEME_COOKIE,
            "kintsugi-discreet", DISCREET_COOKIE, "kintsugi-device", "device");

    static BrowserPreferences from(HttpServletRequest request) {
        String theme = value(request, THEME_COOKIE);
        String discreet = value(request, DISCREET_COOKIE);
        return new BrowserPreferences(switch (theme == null ? "" : theme) {
            case "light" -> "light";
            case "dark" -> "dark";
            default -> "system";
        }, "1".equals(discreet));
    }

    /** A preference cookie's value, under its name or, not yet moved, under its former name. */
    static String value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String former = null;
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
            if (name.equals(FORMER_NAMES.get(cookie.getName()))) {
                former = cookie.getValue();
            }
        }
        return former;
    }

    /**
     * Moves this browser's preference cookies to their new names and removes every cookie that
     * names the application, so nothing on the device says which site this was.
     */
    static void moveFormerCookies(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return;
        }
        for (Cookie cookie : cookies) {
            if (!namesTheApplication(cookie.getName())) {
                continue;
            }
            String renamed = FORMER_NAMES.get(cookie.getName());
            if (renamed != null && cookie.getValue() != null && !has(cookies, renamed)) {
                response.addHeader("Set-Cookie", ResponseCookie.from(renamed, cookie.getValue()).path("/").httpOnly(true)
                        .sameSite("Lax").secure(request.isSecure()).maxAge(Duration.ofDays(365)).build().toString());
            }
            expire(response, cookie.getName());
        }
    }

    private static boolean has(Cookie[] cookies, String name) {
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cookie's name gives away the application (cookies set by earlier versions). */
    public static boolean namesTheApplication(String cookieName) {
        return cookieName != null && cookieName.toLowerCase(Locale.ROOT).contains("kintsugi");
    }

    /**
     * At sign-out the browser keeps only what the sign-in page needs to look the way the person chose
     * (language, theme, discreet mode when it is on); anything else a preference left is forgotten.
     */
    static void signedOut(HttpServletRequest request, HttpServletResponse response) {
        Cookie discreet = org.springframework.web.util.WebUtils.getCookie(request, DISCREET_COOKIE);
        if (discreet != null && !"1".equals(discreet.getValue())) {
            expire(response, DISCREET_COOKIE);
        }
    }

    /** Tells the browser to forget a cookie at once. */
    public static void expire(HttpServletResponse response, String name) {
        response.addHeader("Set-Cookie", ResponseCookie.from(name, "").path("/").maxAge(0).build().toString());
    }

    /** Writes a person's saved preferences to this browser and to the current request. */
    public static void apply(HttpServletRequest request, HttpServletResponse response, String languageTag,
            String theme, boolean discreet) {
        if (languageTag != null && !languageTag.isBlank()) {
            var resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver != null) {
                resolver.setLocale(request, response, Locale.forLanguageTag(languageTag));
            } else {
                // Outside the dispatcher (right after sign-in, in the security filters) there is no
                // resolver yet; the cookie alone carries the choice to the next page.
                PlatformConfiguration.SUPPORTED.stream()
                        .filter(l -> l.getLanguage().equals(Locale.forLanguageTag(languageTag).getLanguage()))
                        .findFirst()
                        .ifPresent(l -> write(response, LANGUAGE_COOKIE, l.toLanguageTag()));
            }
        }
        String safeTheme = theme == null ? "system" : theme.toLowerCase(Locale.ROOT);
        write(response, THEME_COOKIE, safeTheme);
        if (discreet) {
            write(response, DISCREET_COOKIE, "1");
        } else if (org.springframework.web.util.WebUtils.getCookie(request, DISCREET_COOKIE) != null) {
            // Nothing on the device needs to say that a discreet mode exists when it is off.
            expire(response, DISCREET_COOKIE);
        }
        request.setAttribute(ATTRIBUTE, new BrowserPreferences(safeTheme, discreet));
    }

    private static void write(HttpServletResponse response, String name, String value) {
        ResponseCookie cookie = ResponseCookie.from(name, value)
                .path("/")
                .httpOnly(true)
                .sameSite("Lax")
                .maxAge(Duration.ofDays(365))
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
