package app.kintsugi.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.kintsugi.platform.BrowserPreferences;

/**
 * The web app manifest, so a person can put the program on their phone's home screen. In discreet
 * mode it has the neutral name and icon, like the pages. It names no offline copy: nothing people
 * wrote is kept on the device (docs/decisions/0020-installable-without-an-offline-copy.md).
 */
@Controller
@RequiredArgsConstructor
class WebAppManifest {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    static final String LIGHT = "#faf7f2";
    static final String NEUTRAL = "#f4f5f7";

    private final MessageSource messages;

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(HttpServletRequest request, Locale locale) {
        BrowserPreferences prefs = (BrowserPreferences) request.getAttribute(BrowserPreferences.ATTRIBUTE);
        boolean discreet = prefs != null && prefs.discreet();
        String icon = discreet ? "notes" : "kintsugi";
        // The message source gives the neutral variants of these in discreet mode.
        String name = messages.getMessage("app.name", null, locale);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "/");
        manifest.put("name", name);
        manifest.put("short_name", name);
        manifest.put("description", messages.getMessage("manifest.description", null, locale));
        manifest.put("lang", locale.toLanguageTag());
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", discreet ? NEUTRAL : LIGHT);
        manifest.put("theme_color", discreet ? NEUTRAL : LIGHT);
        manifest.put("icons", List.of(
                icon("/img/" + icon + "-icon.svg", "any", "image/svg+xml", "any"),
                icon("/img/" + icon + "-192.png", "192x192", "image/png", "any"),
                icon("/img/" + icon + "-512.png", "512x512", "image/png", "any"),
                // The icons fill their square and keep the drawing inside the safe circle, so they mask well.
                icon("/img/" + icon + "-192.png", "192x192", "image/png", "maskable"),
                icon("/img/" + icon + "-512.png", "512x512", "image/png", "maskable")));
        return ResponseEntity.ok()
                .contentType(MANIFEST)
                // It depends on this browser's discreet mode and language: never shared by a cache.
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(manifest);
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", type, "purpose", purpose);
    }
}
