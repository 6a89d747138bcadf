package app.kintsugi.account;

import java.util.Locale;

/**
 * What a person can recognise a browser by: its family and its system's, read from nothing but the
 * user agent it sends (no lookups anywhere). Rough on purpose: enough to tell "Firefox on Linux" from
 * "Safari on an iPhone", nothing that singles a device out.
 */
public record Device(Browser browser, System system) {

    public enum Browser { FIREFOX, EDGE, OPERA, SAMSUNG, CHROME, SAFARI, OTHER }

    public enum System { WINDOWS, MACOS, IPHONE, IPAD, ANDROID, CHROMEOS, LINUX, OTHER }

    public static final Device UNKNOWN = new Device(Browser.OTHER, System.OTHER);

    /** The families a user agent names; anything not recognised is "other". */
    public static Device of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        String ua = userAgent.length() > 512 ? userAgent.substring(0, 512) : userAgent;
        String lower = ua.toLowerCase(Locale.ROOT);
        return new Device(browser(lower), system(lower));
    }

    // Order matters: most browsers also say "Chrome" and "Safari", so the specific names come first.
    private static Browser browser(String ua) {
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return Browser.FIREFOX;
        }
        if (ua.contains("edg/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return Browser.EDGE;
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return Browser.OPERA;
        }
        if (ua.contains("samsungbrowser/")) {
            return Browser.SAMSUNG;
        }
        if (ua.contains("chrome/") || ua.contains("crios/") || ua.contains("chromium/")) {
            return Browser.CHROME;
        }
        if (ua.contains("safari/") && ua.contains("version/")) {
            return Browser.SAFARI;
        }
        return Browser.OTHER;
    }

    private static System system(String ua) {
        if (ua.contains("iphone") || ua.contains("ipod")) {
            return System.IPHONE;
        }
        if (ua.contains("ipad")) {
            return System.IPAD;
        }
        if (ua.contains("android")) {
            return System.ANDROID;
        }
        if (ua.contains("windows")) {
            return System.WINDOWS;
        }
        if (ua.contains("cros")) {
            return System.CHROMEOS;
        }
        if (ua.contains("mac os x") || ua.contains("macintosh")) {
            return System.MACOS;
        }
        if (ua.contains("linux") || ua.contains("x11")) {
            return System.LINUX;
        }
        return System.OTHER;
    }

    /** How it is stored: two names, such as {@code FIREFOX/LINUX}. */
    public String code() {
        return browser.name() + "/" + system.name();
    }

    /** Read back what {@link #code()} stored; anything else is unknown. */
    public static Device ofCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        int slash = code.indexOf('/');
        try {
            return slash < 0 ? UNKNOWN
                    : new Device(Browser.valueOf(code.substring(0, slash)), System.valueOf(code.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
