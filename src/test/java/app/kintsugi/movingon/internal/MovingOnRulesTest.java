package app.kintsugi.movingon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import app.kintsugi.couple.Role;
import app.kintsugi.movingon.AccountableDraft;
import app.kintsugi.movingon.Addressee;
import app.kintsugi.movingon.ForgivenessPosition;
import app.kintsugi.movingon.WhyDraft;
import app.kintsugi.shared.InvalidInputException;

class MovingOnRulesTest {

    @Test
    void aReflectionOnWhyNeedsOneAreaAndNoneTooLong() {
        assertThatThrownBy(() -> MovingOnRules.check(MovingOnRules.clean(new WhyDraft("  ", "", null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("relationship"));
        assertThatCode(() -> MovingOnRules.check(MovingOnRules.clean(new WhyDraft(null, "só 💔", null)))).doesNotThrowAnyException();
        // Characters as a person counts them: an emoji is one.
        assertThatCode(() -> MovingOnRules.check(new WhyDraft("💔".repeat(MovingOnRules.MAX_TEXT), null, null))).doesNotThrowAnyException();
        assertThatThrownBy(() -> MovingOnRules.check(new WhyDraft("a", "x".repeat(MovingOnRules.MAX_TEXT + 1), "y".repeat(MovingOnRules.MAX_TEXT + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("inMe", "outside"));
    }

    @Test
    void aSummaryMayBeEmptiedButNotTooLong() {
        assertThatCode(() -> MovingOnRules.checkSummary(null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MovingOnRules.checkSummary("s".repeat(MovingOnRules.MAX_SUMMARY + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLetterNeedsSomeoneToBeToAndSomeWords() {
        assertThat(MovingOnRules.addressee(" PAST_SELF ")).isEqualTo(Addressee.PAST_SELF);
        assertThat(MovingOnRules.addressee("partner")).isNull();
        assertThat(MovingOnRules.addressee("<script>")).isNull();
        assertThatThrownBy(() -> MovingOnRules.checkLetter(null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("to", "text"));
        assertThatCode(() -> MovingOnRules.checkLetter(Addressee.MYSELF, "<b>hola</b>")).doesNotThrowAnyException();
    }

    @Test
    void aForgivenessPositionIsOneOfFiveAndItsNoteIsShort() {
        assertThat(ForgivenessPosition.values()).hasSize(5);
        assertThat(MovingOnRules.position("LESS_HOLD")).isEqualTo(ForgivenessPosition.LESS_HOLD);
        assertThat(MovingOnRules.position("FORGIVEN")).isNull();
        assertThatThrownBy(() -> MovingOnRules.checkMark(null, "n".repeat(MovingOnRules.MAX_NOTE + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("position", "note"));
        assertThatCode(() -> MovingOnRules.checkMark(ForgivenessPosition.NOT_THINKING, null)).doesNotThrowAnyException();
    }

    @Test
    void accountableWritingNeedsOneOfItsFourParts() {
        assertThatThrownBy(() -> MovingOnRules.check(MovingOnRules.clean(new AccountableDraft("", " ", null, "\n"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("did"));
        assertThatCode(() -> MovingOnRules.check(new AccountableDraft(null, null, null, "patience"))).doesNotThrowAnyException();
    }

    @Test
    void aPageForSomeRolesOpensForThemForThoseWithoutARoleAndForWhoeverAlreadyWroteThere() {
        var forHurt = EnumSet.of(Role.HURT_PARTNER, Role.BOTH);
        assertThat(MovingOnRules.opens(forHurt, Role.HURT_PARTNER, false)).isTrue();
        assertThat(MovingOnRules.opens(forHurt, Role.BOTH, false)).isTrue();
        assertThat(MovingOnRules.opens(forHurt, null, false)).isTrue();
        assertThat(MovingOnRules.opens(forHurt, Role.BROKE_TRUST, false)).isFalse();
        assertThat(MovingOnRules.opens(forHurt, Role.BROKE_TRUST, true)).isTrue();
    }
}
