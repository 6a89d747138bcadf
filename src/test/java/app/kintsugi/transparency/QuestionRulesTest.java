package app.kintsugi.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuestionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest
    @EnumSource(ResponseKind.class)
    void anOpenQuestionTakesEveryKindOfResponse(ResponseKind kind) {
        assertThat(QuestionRules.refusal(QuestionStatus.OPEN, kind)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ResponseKind.class)
    void anAnsweredQuestionTakesNoFurtherResponse(ResponseKind kind) {
        assertThat(QuestionRules.refusal(QuestionStatus.ANSWERED, kind)).contains("question.respond.alreadyAnswered");
    }

    @Test
    void theSameDeferralTwiceIsRefusedButANewDateForINeedTimeIsNot() {
        assertThat(QuestionRules.refusal(QuestionStatus.COUNSELOR, ResponseKind.COUNSELOR)).contains("question.respond.same");
        assertThat(QuestionRules.refusal(QuestionStatus.DECLINED, ResponseKind.DECLINE)).contains("question.respond.same");
        assertThat(QuestionRules.refusal(QuestionStatus.NEED_TIME, ResponseKind.NEED_TIME)).isEmpty();
    }

    @Test
    void aDeferredKeptOrDeclinedQuestionCanStillBeAnswered() {
        for (QuestionStatus status : new QuestionStatus[] {QuestionStatus.NEED_TIME, QuestionStatus.COUNSELOR, QuestionStatus.DECLINED}) {
            assertThat(QuestionRules.refusal(status, ResponseKind.ANSWER)).as(status.name()).isEmpty();
        }
    }

    @Test
    void aMissingKindIsAskedFor() {
        assertThat(QuestionRules.refusal(QuestionStatus.OPEN, null)).contains("question.respond.kind.required");
    }

    @Test
    void theDatePromisedIsTodayOrLaterAndWithinNinetyDays() {
        assertThat(QuestionRules.answerByProblem(null, TODAY)).contains("question.answerBy.required");
        assertThat(QuestionRules.answerByProblem(TODAY.minusDays(1), TODAY)).contains("question.answerBy.past");
        assertThat(QuestionRules.answerByProblem(TODAY, TODAY)).isEmpty();
        assertThat(QuestionRules.answerByProblem(TODAY.plusDays(QuestionRules.MAX_WAIT_DAYS), TODAY)).isEmpty();
        assertThat(QuestionRules.answerByProblem(TODAY.plusDays(QuestionRules.MAX_WAIT_DAYS + 1), TODAY))
                .contains("question.answerBy.tooFar");
    }

    @Test
    void ageCountsCalendarDaysAndNeverGoesBelowZero() {
        assertThat(QuestionRules.age(TODAY, TODAY)).isZero();
        assertThat(QuestionRules.age(TODAY.minusDays(1), TODAY)).isEqualTo(1);
        assertThat(QuestionRules.age(TODAY.minusDays(40), TODAY)).isEqualTo(40);
        assertThat(QuestionRules.age(TODAY.plusDays(1), TODAY)).as("asked 'tomorrow' in another zone").isZero();
    }

    @Test
    void waitingMeansOpenDeferredOrKeptForTheCounselor() {
        assertThat(QuestionStatus.OPEN.waiting()).isTrue();
        assertThat(QuestionStatus.NEED_TIME.waiting()).isTrue();
        assertThat(QuestionStatus.COUNSELOR.waiting()).isTrue();
        assertThat(QuestionStatus.DECLINED.waiting()).isFalse();
        assertThat(QuestionStatus.ANSWERED.waiting()).isFalse();
    }
}
