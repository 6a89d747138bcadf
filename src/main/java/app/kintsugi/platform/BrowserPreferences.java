package app.kintsugi.platform;

import java.time.Duration;
import java.util.Locale;

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
    static final String LANGUAGE_COOKIE = "kintsugi-lang";
    static final String THEME_COOKIE = "kintsugi-theme";
    static final String DISCREET_COOKIE = "kintsugi-discreet";

    static BrowserPreferences from(HttpServletRequest request) {
        String theme = "system";
        boolean discreet = false;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (THEME_COOKIE.equals(cookie.getName())) {
                    theme = switch (cookie.getValue()) {
                        case "light" -> "light";
                        case "dark" -> "dark";
                        default -> "system";
                    };
                } else if (DISCREET_COOKIE.equals(cookie.getName())) {
                    discreet = "1".equals(cookie.getValue());
                }
            }
        }
        return new BrowserPreferences(theme, discreet);
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
        write(response, DISCREET_COOKIE, discreet ? "1" : "0");
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
