package app.kintsugi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.kintsugi.shared.StrictYaml.Mapping;

class PatternDetectorsTest {

    /** A detector that only remembers its language and the keys of its file. */
    record Detector(String language, List<String> keys) {
    }

    private final AtomicInteger built = new AtomicInteger();

    private final PatternDetectors<Detector> detectors = new PatternDetectors<>("test patterns",
            "program/tone/patterns_%s.yaml", List.of("en", "es"), (language, yaml) -> {
                built.incrementAndGet();
                Mapping top = yaml.top("the pattern file", null);
                yaml.throwIfBroken("Broken test patterns:");
                return new Detector(language, top.fields().stream().map(StrictYaml.Field::name).toList());
            });

    @ParameterizedTest(name = "''{0}'' is ''{1}''")
    @CsvSource(value = {"es-MX, es", "es_ES, es", "' EN ', en", "en, en", "'', ''", "NULL, ''"}, nullValues = "NULL")
    void aLanguageTagIsReadAsItsLanguage(String tag, String language) {
        assertThat(PatternDetectors.language(tag)).isEqualTo(language);
    }

    @Test
    void eachLanguageIsBuiltOnceFromItsFileAndThenShared() {
        Detector en = detectors.load("en-GB");

        assertThat(en.language()).isEqualTo("en");
        assertThat(en.keys()).contains("patterns");
        assertThat(detectors.load("en")).isSameAs(en);
        assertThat(detectors.orFallback("EN")).isSameAs(en);
        assertThat(detectors.load("es").language()).isEqualTo("es");
        assertThat(built).hasValue(2);
        assertThat(detectors.languages()).containsExactly("en", "es");
    }

    @Test
    void aLanguageWithoutPatternsIsRefusedOrFallsBackToTheFirst() {
        assertThatThrownBy(() -> detectors.load("de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No test patterns for language 'de'; available: en, es");
        assertThatThrownBy(() -> detectors.load(null)).isInstanceOf(IllegalArgumentException.class);

        assertThat(detectors.orFallback("de").language()).isEqualTo("en");
        assertThat(detectors.orFallback(null)).isSameAs(detectors.load("en"));
    }

    @Test
    void aFileGivenByTextOrByPlaceIsBuiltEachTimeAndItsProblemsNameTheFileAndLine() {
        assertThat(detectors.fromYaml("es", "mine.yaml", "patterns: {}\n")).isEqualTo(new Detector("es", List.of("patterns")));
        assertThat(detectors.fromYaml("es", "mine.yaml", "patterns: {}\n")).isNotSameAs(detectors.load("es"));

        assertThatThrownBy(() -> detectors.fromYaml("en", "mine.yaml", "- a list\n"))
                .hasMessage("Broken test patterns:\n  mine.yaml line 1: the pattern file must be a mapping of keys to values");
        assertThatThrownBy(() -> detectors.fromResource("en", "no-such-dir/patterns_en.yaml"))
                .hasMessage("Broken test patterns:\n  no-such-dir/patterns_en.yaml: not found on the classpath");
    }
}
