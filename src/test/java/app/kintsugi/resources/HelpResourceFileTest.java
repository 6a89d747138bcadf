package app.kintsugi.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resources file is read strictly: every problem is named with the file and its line. */
class HelpResourceFileTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    private static final String VALID = """
            regions:
              - code: INTL
                name:
                  en: Anywhere else
                  es: En cualquier otro lugar
                resources:
                  - kind: emergency
                    name:
                      en: Your local emergency number
                      es: El número de emergencias de tu país
                    description:
                      en: Call it if you are in danger.
                      es: Llama si estás en peligro.
              - code: GB-SCT
                name:
                  en: Scotland
                  es: Escocia
                resources:
                  - kind: crisis-line
                    name: A helpline
                    phone: "+44 (0)800 123-456"
                    url: https://example.org/help
                    hours: 24/7
                    description:
                      en: Someone to talk to.
                      es: Alguien con quien hablar.
                  - kind: emergency
                    name: "999"
                    phone: 999
                    hours:
                      en: Every day, all day
                      es: Todos los días, a todas horas
                    description:
                      en: Emergencies.
                      es: Emergencias.
            """;

    @Test
    void aValidFileGivesItsRegionsAndResourcesInTheOrderOfTheFile() {
        ResourceFileLoader.Loaded loaded = ResourceFileLoader.load("help.yaml", VALID);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.regions()).extracting(HelpRegion::code).containsExactly("INTL", "GB-SCT");
        HelpRegion scotland = loaded.regions().get(1);
        assertThat(scotland.name(ES)).isEqualTo("Escocia");
        assertThat(scotland.name(Locale.FRENCH)).as("falls back to English").isEqualTo("Scotland");
        HelpResource line = scotland.resources().get(0);
        assertThat(line.kind()).isEqualTo(ResourceKind.CRISIS_LINE);
        assertThat(line.name(ES)).as("one name for every language").isEqualTo("A helpline");
        assertThat(line.hours(ES)).isEqualTo("24/7");
        assertThat(line.phone()).isEqualTo("+44 (0)800 123-456");
        assertThat(line.telHref()).isEqualTo("tel:+440800123456");
        assertThat(line.url()).isEqualTo("https://example.org/help");
        HelpResource emergency = scotland.resources().get(1);
        assertThat(emergency.phone()).as("a number written without quotes is taken as written").isEqualTo("999");
        assertThat(emergency.hours(ES)).isEqualTo("Todos los días, a todas horas");
        assertThat(scotland.of(ResourceKind.URGENT)).as("urgent kinds in their order").containsExactly(emergency, line);
        assertThat(loaded.regions().get(0).resources().get(0).hours(Locale.ENGLISH)).as("no hours given").isNull();
        assertThat(loaded.regions().get(0).resources().get(0).telHref()).isNull();
    }

    @Test
    void theShippedExampleIsValidAndHasTheRegionsItPromises() {
        List<HelpRegion> regions = HelpResources.read(HelpProperties.EXAMPLE);
        assertThat(regions).extracting(HelpRegion::code).contains("INTL", "ES", "GB", "US", "MX");
        for (HelpRegion region : regions) {
            assertThat(region.of(List.of(ResourceKind.EMERGENCY))).as(region.code() + " says where emergency help is").isNotEmpty();
            for (ResourceKind kind : ResourceKind.values()) {
                assertThat(region.of(kind)).as(region.code() + " " + kind).isNotEmpty();
            }
            for (HelpResource r : region.resources()) {
                for (String text : List.of(r.name(Locale.ENGLISH), r.name(ES), r.description(Locale.ENGLISH), r.description(ES))) {
                    assertThat(text).as(region.code()).doesNotContain("'").doesNotContain("!");
                }
            }
        }
        assertThat(regions.stream().filter(r -> r.code().equals("ES")).findFirst().orElseThrow().of(ResourceKind.EMERGENCY).get(0).phone())
                .isEqualTo("112");
    }

    @Test
    void missingFieldsAreNamedWithTheirLines() {
        String yaml = """
                regions:
                  - code: INTL
                    name:
                      en: Anywhere
                    resources:
                      - kind: emergency
                        description:
                          en: Call.
                          es: Llama.
                  - name:
                      en: Spain
                      es: España
                    resources: []
                """;
        List<String> problems = ResourceFileLoader.load("help.yaml", yaml).problems();
        assertThat(problems).containsExactly(
                "help.yaml line 3: region 'INTL': 'name' has no Spanish text ('es')",
                "help.yaml line 6: region 'INTL', resource 1: 'name' is missing",
                "help.yaml line 10: region 2: 'code' is missing",
                "help.yaml line 13: region 2: 'resources' must be a list with at least one resource");
    }

    @Test
    void anUnknownLanguageIsRefusedSoATypoCannotHideAMissingTranslation() {
        String yaml = VALID.replace("      es: En cualquier otro lugar", "      sp: En cualquier otro lugar\n      fr: Ailleurs");
        List<String> problems = ResourceFileLoader.load("help.yaml", yaml).problems();
        assertThat(problems).containsExactly(
                "help.yaml line 3: region 'INTL': 'name' has no Spanish text ('es')",
                "help.yaml line 5: region 'INTL': 'name': unknown language 'sp' (expected en, es)",
                "help.yaml line 6: region 'INTL': 'name': unknown language 'fr' (expected en, es)");
    }

    @Test
    void aRegionCodeMayAppearOnlyOnce() {
        String yaml = VALID + """
                  - code: INTL
                    name: {en: Again, es: Otra vez}
                    resources:
                      - kind: emergency
                        name: "112"
                        description: {en: Call., es: Llama.}
                """;
        assertThat(ResourceFileLoader.load("help.yaml", yaml).problems())
                .containsExactly("help.yaml line 36: region 'INTL' appears twice (first on line 2)");
    }

    @Test
    void everyRegionFileNeedsAnAnywhereRegion() {
        String yaml = VALID.replace("code: INTL", "code: ES");
        assertThat(ResourceFileLoader.load("help.yaml", yaml).problems())
                .containsExactly("help.yaml line 1: no region has the code INTL (the resources shown to anyone whose region is not in the file)");
    }

    @Test
    void kindsCodesPhonesAddressesAndKeysAreChecked() {
        String yaml = VALID
                .replace("kind: crisis-line", "kind: hotline")
                .replace("code: GB-SCT", "code: scotland")
                .replace("phone: \"+44 (0)800 123-456\"", "phone: call us")
                .replace("url: https://example.org/help", "url: javascript:alert(1)")
                .replace("hours: 24/7", "hours: [24, 7]\n        email: help@example.org");
        assertThat(ResourceFileLoader.load("help.yaml", yaml).problems()).containsExactly(
                "help.yaml line 14: region 'scotland': 'code' must be a two-letter country code in capitals (like ES or GB), "
                        + "optionally with a part of the country (like GB-SCT), or INTL",
                "help.yaml line 19: region 'scotland', resource 1: unknown kind 'hotline' (expected emergency, crisis-line, "
                        + "domestic-abuse, counseling-directory, individual-therapy, separation-support, co-parenting, family-mediation)",
                "help.yaml line 21: region 'scotland', resource 1: 'phone' must be a number as people dial it: digits, spaces, "
                        + "'-', '(', ')', and a leading '+' (like 112 or +44 808 2000 247)",
                "help.yaml line 22: region 'scotland', resource 1: 'url' must be a full web address starting with https:// (or http://)",
                "help.yaml line 23: region 'scotland', resource 1: 'hours' must give the text in every language (en, es), or one text for all of them",
                "help.yaml line 24: region 'scotland', resource 1: unknown key 'email' (expected kind, name, description, phone, url, hours)");
    }

    @Test
    void emptyTextsAndBrokenYamlAreNamed() {
        assertThat(ResourceFileLoader.load("help.yaml", "").problems())
                .containsExactly("help.yaml line 1: the file is empty (it needs 'regions', a list of regions)");
        assertThat(ResourceFileLoader.load("help.yaml", "regions: [\n").problems()).singleElement().asString()
                .startsWith("help.yaml line 2: not valid YAML:");
        assertThat(ResourceFileLoader.load("help.yaml", VALID.replace("name: A helpline", "name: \"\"")).problems())
                .containsExactly("help.yaml line 20: region 'GB-SCT', resource 1: 'name' is empty");
        assertThat(ResourceFileLoader.load("help.yaml", "regions: yes").problems())
                .containsExactly("help.yaml line 1: 'regions' must be a list with at least one region");
    }

    @Test
    void aBadFileStopsTheStartNamingTheFileAndEveryProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("help-resources.yaml");
        Files.writeString(file, VALID.replace("kind: crisis-line", "kind: hotline").replace("code: INTL", "code: XX"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HelpResources.read(file.toString()))
                .isInstanceOf(InvalidHelpResourcesException.class)
                .hasMessageStartingWith("The help resources file " + file + " (kintsugi.help.resources-file) is not valid; "
                        + "Kintsugi will not start until it is fixed:")
                .hasMessageContaining(file + " line 1: no region has the code INTL")
                .hasMessageContaining(file + " line 19: region 'GB-SCT', resource 1: unknown kind 'hotline'");
        assertThatThrownBy(() -> HelpResources.read(dir.resolve("missing.yaml").toString()))
                .isInstanceOf(InvalidHelpResourcesException.class)
                .hasMessageContaining(dir.resolve("missing.yaml") + ": no such file");
        assertThatThrownBy(() -> HelpResources.read("classpath:program/help/nothing.yaml"))
                .hasMessageContaining("classpath:program/help/nothing.yaml: no such resource");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> HelpResources.read("file:" + file)).hasMessageContaining("file:" + file + ": is not UTF-8 text");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);
        assertThat(HelpResources.read(file.toString())).hasSize(2);
    }
}
