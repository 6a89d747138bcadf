package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import app.kintsugi.IntegrationTest;

/** The program can be put on a phone's home screen, also signed out, and neutral in discreet mode. */
class InstallableTest extends IntegrationTest {

    @Test
    void theManifestIsServedSignedOutWithItsIconsAndNoOfflineCopy() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/manifest.webmanifest")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("application/manifest+json");
        assertThat(r.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        Map<?, ?> manifest = JsonMapper.builder().build().readValue(r.getContentAsString(), Map.class);
        assertThat(manifest.get("name")).isEqualTo("Kintsugi");
        assertThat(manifest.get("display")).isEqualTo("standalone");
        assertThat(manifest.get("start_url")).isEqualTo("/");
        assertThat((String) manifest.get("theme_color")).matches("#[0-9a-f]{6}");
        assertThat(manifest.containsKey("serviceworker")).as("no service worker, no offline copy").isFalse();
        List<?> icons = (List<?>) manifest.get("icons");
        assertThat(icons.stream().map(i -> String.valueOf(((Map<?, ?>) i).get("sizes"))).toList()).contains("any", "192x192", "512x512");
        for (Object o : icons) {
            Map<?, ?> icon = (Map<?, ?>) o;
            MockHttpServletResponse file = mvc.perform(get((String) icon.get("src"))).andReturn().getResponse();
            assertThat(file.getStatus()).as(icon.get("src").toString()).isEqualTo(200);
            assertThat(file.getContentType()).startsWith((String) icon.get("type"));
            if ("image/png".equals(icon.get("type"))) {
                byte[] png = file.getContentAsByteArray();
                int width = ByteBuffer.wrap(png, 16, 4).getInt();
                int height = ByteBuffer.wrap(png, 20, 4).getInt();
                assertThat(width + "x" + height).as(icon.get("src").toString()).isEqualTo(icon.get("sizes"));
            }
        }
        // No page asks the browser to keep anything for offline use.
        String signIn = mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString();
        assertThat(signIn).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\"")
                .contains("rel=\"apple-touch-icon\"").contains("name=\"theme-color\"").doesNotContain("serviceWorker");
    }

    @Test
    void inDiscreetModeTheManifestHasTheNeutralNameAndIcon() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/manifest.webmanifest").param("lang", "es")
                .cookie(new Cookie("pref-discreet", "1"))).andReturn().getResponse();
        Map<?, ?> manifest = JsonMapper.builder().build().readValue(r.getContentAsString(), Map.class);
        assertThat(manifest.get("name")).isEqualTo("Notas");
        assertThat(manifest.get("short_name")).isEqualTo("Notas");
        assertThat(manifest.get("lang")).isEqualTo("es");
        assertThat(r.getContentAsString().toLowerCase()).doesNotContain("kintsugi");
        assertThat((List<?>) manifest.get("icons")).allSatisfy(i -> assertThat((String) ((Map<?, ?>) i).get("src")).startsWith("/img/notes-"));
    }
}
