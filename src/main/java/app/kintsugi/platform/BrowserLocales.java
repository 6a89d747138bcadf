package app.kintsugi.platform;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The languages the browser asks for, most preferred first; none when it does not say. */
public final class BrowserLocales {

    private BrowserLocales() {
    }

    public static List<Locale> of(HttpServletRequest request) {
        // Without the header the servlet container answers with its own default locale, which says
        // nothing about where the person is.
        if (request.getHeader("Accept-Language") == null) {
            return List.of();
        }
        return Collections.list(request.getLocales());
    }

    /**
     * The language the application speaks that the request's Accept-Language prefers most, English
     * when it asks for none of them: how the API chooses the language of its messages.
     */
    public static Locale spoken(HttpServletRequest request) {
        for (Locale asked : of(request)) {
            for (Locale supported : PlatformConfiguration.SUPPORTED) {
                if (supported.getLanguage().equals(asked.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
