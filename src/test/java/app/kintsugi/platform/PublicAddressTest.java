package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Redirects stay on the address the browser opened; links are built on the configured one. */
class PublicAddressTest {

    private final PublicAddress address = new PublicAddress("https://ours.example/");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://evil.example/sign-in|/sign-in",
            "https://evil.example:8443/reflections?continue|/reflections?continue",
            "HTTP://EVIL.EXAMPLE|/",
            "//evil.example/x|/x",
            "\\\\evil.example/x|/x",
            "http://ours.example//evil.example/x|/evil.example/x",
            "//|/",
            "/settings?saved|/settings?saved",
            "//\\evil.example|/evil.example",
            "/reflections/1#part-2|/reflections/1#part-2",
            "http://evil.example/a b|/",
            "?saved|?saved"})
    void everyRedirectIsRelativeAndOnThisSite(String location, String expected) {
        assertThat(address.local(location)).isEqualTo(expected);
    }

    @Test
    void linksStartWithTheConfiguredAddress() {
        assertThat(address.base()).isEqualTo("https://ours.example");
        assertThat(address.link("/join/ABC")).isEqualTo("https://ours.example/join/ABC");
        assertThat(address.link("join/ABC")).isEqualTo("https://ours.example/join/ABC");
    }
}
