package app.kintsugi.checkin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Questionnaire definitions for tests, in the format of an operator's or a counselor's file. */
public final class TestQuestionnaires {

    private TestQuestionnaires() {
    }

    /** The text of a resource on the test class path, such as a questionnaire file. */
    public static String read(String resource) {
        try (InputStream in = TestQuestionnaires.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A two-item sleep diary scored as "restless" (0 to 8, lower is better), in English and Spanish,
     * with one cut-off at 5 ("Often restless").
     */
    public static String sleepDiary(String englishTitle, String spanishTitle) {
        return """
                id: sleep-diary
                version: 1
                title:
                  en: %s
                  es: %s
                intro:
                  en: About your sleep this week.
                  es: Sobre tu sueño esta semana.
                scale:
                  min: 0
                  max: 4
                  anchors:
                    en: {0: Never, 4: Every night}
                    es: {0: Nunca, 4: Todas las noches}
                items:
                  - id: awake
                    text: {en: I lay awake for a long time., es: Estuve mucho rato despierto.}
                  - id: woke
                    text: {en: I woke up in the night., es: Me desperté por la noche.}
                subscales:
                  restless: [awake, woke]
                scoring:
                  restless: sum
                reliable_change:
                  restless: 3
                higher_is_better:
                  restless: false
                cutoffs:
                  restless:
                    - at: 5
                      label: {en: Often restless, es: A menudo inquieto}
                """.formatted(englishTitle, spanishTitle);
    }
}
