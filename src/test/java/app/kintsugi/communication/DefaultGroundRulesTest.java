package app.kintsugi.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DefaultGroundRulesTest {

    @Test
    void everyLanguageListsTheSameRules() {
        DefaultGroundRules rules = new DefaultGroundRules();

        assertThat(rules.rules(Locale.ENGLISH)).isNotEmpty().allSatisfy(r -> assertThat(r.text()).isNotBlank());
        assertThat(rules.rules(Locale.forLanguageTag("es")).stream().map(DefaultGroundRules.Rule::id))
                .containsExactlyElementsOf(rules.rules(Locale.ENGLISH).stream().map(DefaultGroundRules.Rule::id).toList());
        assertThat(rules.rules(Locale.GERMAN)).isEqualTo(rules.rules(Locale.ENGLISH));
    }

    @Test
    void aBrokenFileStopsTheStartNamingTheFileAndTheLineOfEveryProblem() {
        assertThatThrownBy(() -> new DefaultGroundRules("ground-rules-broken/ground-rules_%s.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ground-rules-broken/ground-rules_en.yaml line 3: 'rules[0]': 'text' is missing\n"
                        + "  ground-rules-broken/ground-rules_en.yaml line 5: 'rules[1]': unknown key 'txt' (expected id, text)\n"
                        + "  ground-rules-broken/ground-rules_en.yaml line 8: 'rules[2]': 'text' is empty");
        assertThatThrownBy(() -> new DefaultGroundRules("no-such-dir/ground-rules_%s.yaml"))
                .hasMessage("no-such-dir/ground-rules_en.yaml: not found on the classpath");
    }
}
