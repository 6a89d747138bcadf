package app.kintsugi.respect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WeeklyPromptsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void theShippedPromptsLoadInEveryLanguageWithTheSameIds() {
        WeeklyPrompts prompts = new WeeklyPrompts();
        List<WeeklyPrompts.Prompt> en = prompts.all(Locale.ENGLISH);
        List<WeeklyPrompts.Prompt> es = prompts.all(SPANISH);
        assertThat(en).hasSizeBetween(WeeklyPrompts.MIN, WeeklyPrompts.MAX);
        assertThat(es).extracting(WeeklyPrompts.Prompt::id).isEqualTo(en.stream().map(WeeklyPrompts.Prompt::id).toList());
        assertThat(en.get(0).text()).isEqualTo("Something your partner did this week that you valued");
        for (int i = 0; i < en.size(); i++) {
            assertThat(es.get(i).text()).isNotEqualTo(en.get(i).text());
            assertThat(en.get(i).text() + es.get(i).text()).doesNotContain("!").doesNotContain("'");
        }
        assertThat(prompts.all(Locale.GERMAN)).as("an unknown language falls back to English").isEqualTo(en);
    }

    @Test
    void eachIsoWeekHasOnePromptAndThePromptsTakeTurnsAcrossTheYear() {
        WeeklyPrompts prompts = new WeeklyPrompts();
        int n = prompts.all(Locale.ENGLISH).size();
        LocalDate monday = LocalDate.of(2026, 12, 21);
        WeeklyPrompts.Prompt thisWeek = prompts.of(monday, Locale.ENGLISH);
        assertThat(prompts.of(monday.plusDays(6), Locale.ENGLISH)).as("Sunday has Monday's prompt").isEqualTo(thisWeek);
        assertThat(prompts.of(monday.plusDays(7), Locale.ENGLISH)).isNotEqualTo(thisWeek);
        assertThat(prompts.of(monday, SPANISH).id()).isEqualTo(thisWeek.id());
        // Across New Year (ISO week 53 of 2026, then week 1 of 2027) the turns go on without a jump.
        assertThat(WeeklyPrompts.week(LocalDate.of(2027, 1, 4)) - WeeklyPrompts.week(LocalDate.of(2026, 12, 28))).isEqualTo(1);
        assertThat(WeeklyPrompts.week(LocalDate.of(2027, 1, 1))).isEqualTo(WeeklyPrompts.week(LocalDate.of(2026, 12, 28)));
        Set<String> seen = new HashSet<>();
        for (int w = 0; w < n; w++) {
            seen.add(prompts.of(monday.plusWeeks(w), Locale.ENGLISH).id());
        }
        assertThat(seen).as("every prompt once in as many weeks as there are prompts").hasSize(n);
        assertThat(prompts.of(monday.plusWeeks(n), Locale.ENGLISH)).isEqualTo(thisWeek);
    }

    @Test
    void brokenPromptFilesStopTheStartNamingTheFile() {
        assertThatThrownBy(() -> new WeeklyPrompts("respect-broken/missing/prompts_%s.yaml"))
                .hasMessage("respect-broken/missing/prompts_en.yaml: not found on the classpath");
        assertThatThrownBy(() -> new WeeklyPrompts("respect-broken/few/prompts_%s.yaml"))
                .hasMessage("respect-broken/few/prompts_en.yaml line 1: 'prompts' has 3 prompts; it needs between 8 and 12");
        assertThatThrownBy(() -> new WeeklyPrompts("respect-broken/no-text/prompts_%s.yaml"))
                .hasMessage("respect-broken/no-text/prompts_en.yaml line 6: 'prompts[2]': 'text' is missing");
        assertThatThrownBy(() -> new WeeklyPrompts("respect-broken/twice/prompts_%s.yaml"))
                .hasMessage("respect-broken/twice/prompts_en.yaml line 16: 'prompts[7]' repeats the id 'a' (first on line 2)");
        assertThatThrownBy(() -> new WeeklyPrompts("respect-broken/languages/prompts_%s.yaml"))
                .hasMessageStartingWith("respect-broken/languages/prompts_es.yaml line 16: lists the prompts [a, b, c, d, e, f, g, i]");
        assertThatThrownBy(() -> new WeeklyPrompts("respect-broken/not-yaml/prompts_%s.yaml"))
                .hasMessageStartingWith("respect-broken/not-yaml/prompts_en.yaml line 2: not valid YAML: ");
    }
}
