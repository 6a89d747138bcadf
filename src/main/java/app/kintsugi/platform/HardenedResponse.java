package app.kintsugi.platform;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * What every response leaves with, whichever part of the application wrote it: each cookie is
 * {@code Secure} (unless {@code kintsugi.web.insecure-cookies} is set for plain-http development), and
 * each redirect is relative, never on a host a request header named.
 * It wraps the response before any other filter, so Spring Session's cookie, Spring Security's
 * redirects and every controller's go through it.
 */
final class HardenedResponse extends HttpServletResponseWrapper {

    private static final Pattern SECURE_ATTRIBUTE = Pattern.compile("(?i)(^|;)\\s*secure\\s*(=[^;]*)?(;|$)");

    private final PublicAddress address;
    private final boolean secureCookies;

    HardenedResponse(HttpServletResponse response, PublicAddress address, boolean secureCookies) {
        super(response);
        this.address = address;
        this.secureCookies = secureCookies;
    }

    @Override
    public void addCookie(Cookie cookie) {
        if (secureCookies) {
            cookie.setSecure(true);
        }
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, adjust(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, adjust(name, value));
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        super.sendRedirect(address.local(location));
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        super.sendRedirect(address.local(location), clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int sc) throws IOException {
        super.sendRedirect(address.local(location), sc);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
        super.sendRedirect(address.local(location), sc, clearBuffer);
    }

    private String adjust(String name, String value) {
        if (name == null || value == null) {
            return value;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("set-cookie")) {
            return secureCookie(value, secureCookies);
        }
        if (lower.equals("location")) {
            return address.local(value);
        }
        return value;
    }

    static String secureCookie(String setCookie, boolean secure) {
        if (!secure || SECURE_ATTRIBUTE.matcher(setCookie).find()) {
            return setCookie;
        }
        return setCookie + "; Secure";
    }
}
