package app.kintsugi.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ToneCoachTest {

    @Test
    void theCoachUsesThePersonsLanguageAndFallsBackToEnglish() {
        ToneCoach coach = new ToneCoach();

        assertThat(coach.analyze("Nunca me escuchas.", Locale.forLanguageTag("es-MX")).language()).isEqualTo("es");
        assertThat(coach.analyze("You never listen.", Locale.FRENCH).language()).isEqualTo("en");
        assertThat(coach.analyze("You never listen.", null).categories())
                .containsExactly(ToneCategory.CRITICISM, ToneCategory.ABSOLUTES);
        assertThat(coach.analyze(null, Locale.ENGLISH).isCalm()).isTrue();
    }
}
