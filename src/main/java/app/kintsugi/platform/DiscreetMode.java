package app.kintsugi.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request comes from a browser in discreet mode, as its preference cookies say (read once per request). */
public final class DiscreetMode {

    private DiscreetMode() {
    }

    public static boolean on(HttpServletRequest request) {
        return request.getAttribute(BrowserPreferences.ATTRIBUTE) instanceof BrowserPreferences prefs && prefs.discreet();
    }
}
