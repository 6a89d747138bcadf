package app.kintsugi.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which region a page shows. */
class RegionRulesTest {

    private final HelpResources resources = new HelpResources(List.of(
            region("INTL", "Anywhere else", "En cualquier otro lugar"),
            region("US", "United States", "Estados Unidos"),
            region("ES", "Spain", "España"),
            region("GB-SCT", "Scotland", "Escocia"),
            region("GB", "United Kingdom", "Reino Unido")), null, Clock.systemUTC());

    @Test
    void theBrowsersFirstCountryWithARegionIsTheGuessOtherwiseAnywhere() {
        assertThat(resources.guess(List.of(Locale.forLanguageTag("en-GB"))).code()).isEqualTo("GB");
        assertThat(resources.guess(List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("es-ES"))).code())
                .as("the first country the file has").isEqualTo("ES");
        assertThat(resources.guess(List.of(Locale.forLanguageTag("es"))).code()).as("a language alone says no country").isEqualTo("INTL");
        assertThat(resources.guess(List.of(Locale.forLanguageTag("es-MX"))).code()).as("not in the file").isEqualTo("INTL");
        assertThat(resources.guess(List.of()).code()).isEqualTo("INTL");
        assertThat(resources.guess(null).code()).isEqualTo("INTL");
    }

    @Test
    void aRegionInTheAddressWinsWhenTheFileHasIt() {
        assertThat(resources.regionFor(null, "es", List.of(Locale.forLanguageTag("en-US"))).code()).isEqualTo("ES");
        assertThat(resources.regionFor(null, " gb-sct ", List.of()).code()).isEqualTo("GB-SCT");
        assertThat(resources.regionFor(null, "XX", List.of(Locale.forLanguageTag("en-US"))).code())
                .as("an unknown code is ignored").isEqualTo("US");
        assertThat(resources.regionFor(null, "", List.of()).code()).isEqualTo("INTL");
    }

    @Test
    void choicesAreByNameInTheReadersLanguageWithAnywhereLast() {
        assertThat(resources.choices(Locale.ENGLISH)).extracting(HelpRegion::code)
                .containsExactly("GB-SCT", "ES", "GB", "US", "INTL");
        assertThat(resources.choices(Locale.forLanguageTag("es"))).extracting(HelpRegion::code)
                .as("Escocia, España, Estados Unidos, Reino Unido").containsExactly("GB-SCT", "ES", "US", "GB", "INTL");
    }

    private static HelpRegion region(String code, String en, String es) {
        HelpResource emergency = new HelpResource(ResourceKind.EMERGENCY, Map.of("en", "112", "es", "112"),
                Map.of("en", "Emergencies.", "es", "Emergencias."), "112", null, Map.of());
        return new HelpRegion(code, Map.of("en", en, "es", es), List.of(emergency));
    }
}
