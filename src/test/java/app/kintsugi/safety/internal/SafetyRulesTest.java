package app.kintsugi.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyQuestion;
import app.kintsugi.shared.InvalidInputException;

class SafetyRulesTest {

    @ParameterizedTest(name = "{0} answered {1} is concerning: {2}")
    @CsvSource({
            "AFRAID, NEVER, false", "AFRAID, SOMETIMES, true", "AFRAID, OFTEN, true", "AFRAID, RATHER_NOT_SAY, false",
            "HURT, SOMETIMES, true", "THREATENED, SOMETIMES, true",
            "INSULTED, SOMETIMES, false", "INSULTED, OFTEN, true",
            "CONTROLLED, SOMETIMES, false", "CONTROLLED, OFTEN, true"})
    void concerningAnswers(SafetyQuestion question, SafetyAnswer answer, boolean concerning) {
        Map<SafetyQuestion, SafetyAnswer> answers = allNever();
        answers.put(question, answer);
        assertThat(SafetyRules.concerning(answers)).isEqualTo(concerning);
    }

    @Test
    void everyQuestionNeedsAnAnswer() {
        Map<SafetyQuestion, SafetyAnswer> answers = allNever();
        answers.remove(SafetyQuestion.CONTROLLED);
        assertThatThrownBy(() -> SafetyRules.checkComplete(answers))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("answers[CONTROLLED]"));
    }

    private static Map<SafetyQuestion, SafetyAnswer> allNever() {
        Map<SafetyQuestion, SafetyAnswer> answers = new EnumMap<>(SafetyQuestion.class);
        for (SafetyQuestion q : SafetyQuestion.values()) {
            answers.put(q, SafetyAnswer.NEVER);
        }
        return answers;
    }
}
