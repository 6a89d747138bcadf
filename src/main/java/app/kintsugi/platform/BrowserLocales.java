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
}
